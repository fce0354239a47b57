import math

for x in [0.0, -0.0, 1.0, 2.0, 3.0, 8.0, 27.0, 10.0, 0.001, 123.456, 1e300, 5e-324, -64.0, -2.0]:
    print(x, math.cbrt(x))
print(math.cbrt(math.inf), math.cbrt(-math.inf), math.cbrt(math.nan))
print(math.cbrt(10**30), math.cbrt(True), type(math.cbrt(8)).__name__)
print(all(math.cbrt(float(n ** 3)) == n for n in range(-50, 51)))
