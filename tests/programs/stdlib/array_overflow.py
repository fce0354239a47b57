# Storing a value in an array checks it against the item's C type, with CPython's
# OverflowError messages (they differ per typecode and per range) and TypeErrors.
from array import array

values = [-2**70, -2**63 - 1, -2**63, -2**31 - 1, -2**31, -2**15 - 1, -2**15, -129, -128,
          -1, 0, 127, 128, 255, 256, 2**15, 2**16, 2**31, 2**32, 2**63 - 1, 2**63,
          2**64 - 1, 2**64, 2**70, True]
for tc in "bBhHiIlLqQ":
    a = array(tc)
    print("typecode", tc)
    for v in values:
        try:
            a.append(v)
            print(" ", v, "ok", a[-1])
        except OverflowError as e:
            print(" ", v, "OverflowError", e)

for tc in "bBiQd":
    for bad in [1.5, "7", None, [1]]:
        try:
            array(tc, [bad])
        except TypeError as e:
            print(tc, repr(bad), "TypeError", e)

a = array("B", [1, 2])
for k, v in [(0, 256), (1, -1), (0, 2.0), (5, 1), (-3, 1)]:
    try:
        a[k] = v
    except Exception as e:
        print(k, v, type(e).__name__, e)
print(a)
try:
    array("d", [2**1024])
except OverflowError as e:
    print("OverflowError", e)
