# A negative int or float to a fractional power is a complex number (float_pow hands it
# to complex's power), as in Python 3; integral exponents stay floats.
import math

print((-8) ** 0.5, (-8) ** (1 / 3), (-8.0) ** (1 / 3), (-8.0) ** -0.5, pow(-8, 0.5))
print((-2.0) ** 1.5, (-1e300) ** 0.5, (-(10 ** 30)) ** 0.5, -8 ** 0.5, (-2) ** 0.5j)
print((-2.0) ** 3, (-2) ** -2, (-8.0) ** 2.0, (-float("inf")) ** 0.5, (-8) ** float("nan"))
x = -4.0
y = x ** 0.5
print(y, type(y).__name__)
total = 0.0
for i in range(4):
    total = total + (-1.0 - i) ** 0.5
print(total)
b = -1.5
b **= 0.5
print(b)
for f in [lambda: (-0.0) ** -0.5, lambda: (-2.0) ** 1e300, lambda: (-1e300) ** 1.5, lambda: (-(10 ** 400)) ** 0.5,
          lambda: math.sqrt(-1), lambda: math.pow(-8, 0.5), lambda: (-8) ** -(10 ** 400)]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
