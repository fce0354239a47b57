# Tests caught TypeError messages when calling non-callable values of several types.
values = [5, 2.5, "text", None, [1, 2], (1,), {"a": 1}, True]
for v in values:
    try:
        v()
        print("called?!")
    except TypeError as e:
        print(type(e).__name__, e)

def make():
    return 7

try:
    make()()
except TypeError as e:
    print(type(e).__name__, e)

table = {"f": len, "g": 0}
for key in table:
    try:
        print(key, table[key]("abc"))
    except TypeError as e:
        print(key, type(e).__name__, e)
