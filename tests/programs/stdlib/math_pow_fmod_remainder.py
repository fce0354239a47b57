import math

for x, y in [(2, 0.5), (2, -2), (-2, 3), (-2.0, -3), (0.0, 0.0), (1.5, 2.5), (10, 20), (-1, 0.0)]:
    print(x, y, math.pow(x, y), x ** y)
print(math.pow(-1, math.inf), math.pow(0.5, -math.inf), math.pow(2, -math.inf), math.pow(-0.0, 3))
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-5.5, 2), (1e20, 3), (0.0, 5), (-0.0, 5)]:
    print(x, y, math.fmod(x, y), x % y, math.remainder(x, y))
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5]:
    print(x, math.remainder(x, 1.0), math.remainder(x, 2))
print(math.remainder(math.nan, 1.0), math.fmod(math.nan, 1.0), math.remainder(10, 3))
try:
    math.pow(0, -2)
except ValueError as e:
    print("ValueError", e)
try:
    math.pow(1e200, 2)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.remainder(math.inf, 1)
except ValueError as e:
    print("ValueError", e)
