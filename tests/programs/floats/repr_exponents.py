# Where float repr switches between fixed and exponent notation.
x = 1.0
for i in range(20):
    print(x, -x)
    x *= 10
y = 1.0
for i in range(8):
    y /= 10
    print(y)
print(1e15 + 0.5, 1e16 + 2, 9999999999999998.0)
print(0.0001, 0.00001, 0.000123456)
print(1.5e16, 2.5e-5)
print(float(2 ** 60), float(2 ** 53))
print(1e-320, 1e-310)
