import math

for x in [0.0, 1.0, -1.0, 0.5, 3.0, 1e300, -1e-300, 5e-324, 2.0**-1070, 123.456, math.inf, -math.inf]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.frexp(math.nan), math.frexp(7))
for m, e in [(0.5, 1), (1.0, 1023), (1.0, 1024 - 1), (0.75, -1074), (1.0, -1075), (1.0, -1076), (3, 2), (-0.5, 0)]:
    print(m, e, math.ldexp(m, e))
for x in [3.75, -3.75, 0.0, -0.0, -2.0, 5.0, 1e20, -1e-20, 0.5, math.inf, -math.inf]:
    print(x, math.modf(x))
print(math.modf(math.nan), math.modf(7))
try:
    math.ldexp(1.0, 2.0)
except TypeError as e:
    print("TypeError", e)
