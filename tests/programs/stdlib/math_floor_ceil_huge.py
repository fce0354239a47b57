import math

for x in [2.5, -2.5, 1e16, 1e20, -1e22, 1.5e300, 2.0 ** 80 + 0.0, 123456789.99]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), int(x), round(x))
for x in [7, -7, 10**50, -(10**40) - 1, True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(type(math.floor(2.5)).__name__, type(math.ceil(-1.0)).__name__)
print(math.floor(1e308) == int(1e308), math.ceil(1e308) % 10**10)
for name, f in [("floor", math.floor), ("ceil", math.ceil), ("trunc", math.trunc), ("int", int), ("round", round)]:
    for v in [math.inf, -math.inf, math.nan]:
        try:
            print(name, f(v))
        except (OverflowError, ValueError) as e:
            print(name, v, type(e).__name__, e)
