import math

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(0.1, 0.2, 0.3, 0.4))
print(math.hypot(*range(10)), math.hypot(-0.0, 0.0), math.hypot(2, 3.5))
print(math.hypot(math.inf, 1), math.hypot(1, -math.inf), math.hypot(math.nan, 2))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)))
print(math.dist((), ()), math.dist((1e300, 1e300), (-1e300, -1e300)))
print(math.dist([0.1, 0.2], [0.3, 0.4]))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError", e)
try:
    math.hypot("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    math.dist([1, 2], [1, 2])
    print("lists ok")
except TypeError as e:
    print("TypeError", e)
