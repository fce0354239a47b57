# Arithmetic between floats and ints in both orders: the int converts as CPython converts it.
for a, b in [(2, 3.5), (3.5, 2), (-7, 0.25), (2**53 + 1, 1.0), (1.5, -(2**60)), (0, -0.0), (-0.0, 0), (10, 4.0), (2, 0.5)]:
    print(a + b, a - b, b - a, a * b, a / b if b else "div0", a ** b if a >= 0 else "neg")
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print(e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(e)
print((-8) ** 0.5 if False else "skip", 2 ** -1.5, 4.0 ** 2)
