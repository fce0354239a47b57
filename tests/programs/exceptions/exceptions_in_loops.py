# Exceptions inside loops with continue/break and retry counters.
values = ["10", "x", "0", "5", "-", "2"]
total = 0
for v in values:
    try:
        n = int(v)
        total += 100 // n
    except ValueError:
        print("skip non-number", repr(v))
        continue
    except ZeroDivisionError:
        print("zero found, stopping")
        break
    print("running total", total)
print("final", total)
attempt = 0
while True:
    attempt += 1
    try:
        if attempt < 3:
            raise RuntimeError("attempt %d failed" % attempt)
        print("succeeded on attempt", attempt)
        break
    except RuntimeError as e:
        print("retrying:", e)
print(isinstance(RuntimeError(), Exception))
