# Realistic validation loop collecting errors instead of stopping.
raw_records = ["alice,30,5.5", "bob,abc,3.0", "carol,25", "dave,40,-1", ",22,1.0", "erin,35,2.25", "frank,-3,1"]

def parse_record(line):
    parts = line.split(",")
    if len(parts) != 3:
        raise ValueError(f"expected 3 fields, got {len(parts)}")
    name, age_s, rate_s = parts
    if not name:
        raise ValueError("empty name")
    age = int(age_s)
    if age < 0:
        raise ValueError(f"negative age {age}")
    rate = float(rate_s)
    assert rate >= 0, f"rate must be >= 0, got {rate}"
    return {"name": name, "age": age, "rate": rate}

good = []
bad = []
for i, line in enumerate(raw_records):
    try:
        rec = parse_record(line)
    except (ValueError, AssertionError) as e:
        bad.append((i, type(e).__name__, str(e)))
    else:
        good.append(rec)
for rec in good:
    print(rec)
for item in bad:
    print(item)
print(len(good), "ok,", len(bad), "rejected")
