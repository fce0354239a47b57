import math

vals = [0.0, 0.5, 1.0, 2.0, 10.0, 123.456]
for x in vals:
    print(x, math.sqrt(x), math.exp(x), math.exp2(x), math.expm1(x))
    print("  ", math.log1p(x), math.fabs(-x))
for x in [0.1, 1.0, 2.5, 1e10, 1e-10]:
    print(x, math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(2, 8))
print(math.sqrt(16), type(math.sqrt(16)).__name__)
print(math.sqrt(7), math.exp(-745.0), math.exp(709.0))
print(math.pow(2, 10), math.pow(2.0, -1), math.pow(-8, 3))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.erf(0.5), math.erfc(0.5), math.erf(-3.0), math.erfc(10.0))
