import math

angles = [0.0, 0.25, 0.5, 1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -2.0, 100.0]
for a in angles:
    print(f"{a!r}: {math.sin(a)!r} {math.cos(a)!r} {math.tan(a)!r}")
for v in [-1.0, -0.5, 0.0, 0.3, 1.0]:
    print(v, math.asin(v), math.acos(v), math.atan(v))
for v in [-3.0, -0.5, 0.0, 0.7, 2.0, 20.0]:
    print(v, math.sinh(v), math.cosh(v), math.tanh(v), math.asinh(v))
for v in [1.0, 1.5, 10.0, 1e6]:
    print(v, math.acosh(v))
for v in [-0.99, -0.5, 0.0, 0.5, 0.999999]:
    print(v, math.atanh(v))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (0, 1), (0.0, -0.0), (-0.0, -0.0), (5, 0)]:
    print(y, x, math.atan2(y, x))
print(math.atan(math.inf), math.atan(-math.inf), math.tanh(math.inf), math.atan2(math.inf, math.inf))
