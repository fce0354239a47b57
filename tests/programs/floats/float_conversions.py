# float() from strings and ints; int() from floats.
print(float("3.14"), float("  -2.5  "), float("1e3"), float("1E-3"))
print(float(".5"), float("5."), float("+7"), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("nan"))
print(float(7), float(-0), float(2 ** 70), float(True))
print(float("0.1") == 0.1)
print(float("123456789012345678901234567890"))
print(float(10 ** 308))
print(int(2.5), int(-2.5), int(1e10), int(-1e-10))
print(int(123456789.987654321))
print(int(1.5e300) % 1000)
print(str(1.0), str(1e100), str(1.5e-7))
print(float(str(0.1 + 0.2)) == 0.1 + 0.2)
x = 0.1
total = 0.0
for i in range(10):
    total += x
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
