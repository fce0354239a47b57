import math

data = [0.1] * 10
print(sum(data), math.fsum(data))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)))
print(math.fsum([2.0**53, 1.0, 1.0]))
print(math.fsum([0.3, 0.3, 0.3, -0.9]), 0.3 + 0.3 + 0.3 - 0.9)
print(math.fsum(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]), math.fsum([math.nan, 1.0]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError", e)
try:
    math.fsum([1, "x"])
except TypeError as e:
    print("TypeError", e)
print(math.prod([0.1] * 3), math.prod(range(1, 6), start=2), math.prod([True, 2]))
print(math.prod([2**40, 2**40]), math.prod([-1.0, 0.0]))
