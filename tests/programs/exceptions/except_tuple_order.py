# Handler selection: tuples of types, order of clauses, base classes.
def risky(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return [][0]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("nope")
    if kind == 4:
        raise RuntimeError("custom")
    return "fine"

for kind in range(6):
    try:
        result = risky(kind)
    except (IndexError, KeyError) as e:
        print(kind, "lookup error:", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "arithmetic:", type(e).__name__, e)
    except Exception as e:
        print(kind, "other:", type(e).__name__, e)
    else:
        print(kind, "no error:", result)
for kind in [1, 2]:
    try:
        risky(kind)
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
try:
    risky(0)
except:
    print("bare except caught it")
