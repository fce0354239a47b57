import math

print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0))
print(math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.nextafter(-0.0, 0.0))
print(math.nextafter(math.inf, 0.0), math.nextafter(1e308, math.inf), math.nextafter(1.7976931348623157e308, math.inf))
print(math.nextafter(math.nan, 1.0), math.nextafter(5, 6))
for x in [1.0, 0.0, -1.0, 2.0, 1e300, 5e-324, 1e-310, 1.5, 2.0**52, math.inf, -math.inf, math.nan]:
    print(x, math.ulp(x))
print(math.ulp(1.7976931348623157e308), math.ulp(3))
print(1.0 + math.ulp(1.0) == math.nextafter(1.0, 2.0))
print(math.ulp(-0.0), math.nextafter(5e-324, 0.0), math.nextafter(-5e-324, 0.0))
