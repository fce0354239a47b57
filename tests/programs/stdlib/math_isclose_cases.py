import math

pairs = [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10), (1e10, 1e10 + 1),
         (100, 100.0), (-1.0, 1.0), (math.inf, math.inf), (math.inf, -math.inf), (math.nan, 1.0)]
for a, b in pairs:
    print(a, b, math.isclose(a, b))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isclose(1.0, 1.1, rel_tol=0.05), math.isclose(5, 7, abs_tol=2))
print(math.isclose(5, 7, abs_tol=1.999), math.isclose(a=3, b=3.0000001, rel_tol=1e-6))
try:
    math.isclose(1.0, 2.0, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.isclose(1.0, 2.0, abs_tol=-0.5)
except ValueError as e:
    print("ValueError", e)
try:
    math.isclose(1.0, 2.0, 0.1)
except TypeError as e:
    print("TypeError", e)
try:
    math.isclose(1.0)
except TypeError as e:
    print("TypeError", e)
