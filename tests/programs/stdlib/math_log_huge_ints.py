import math

for n in [10**400, 2**2000, 3**1000 + 1, 10**20, 2**53 + 1, 1]:
    print(math.log(n), math.log2(n), math.log10(n))
print(math.log(10**400, 10), math.log(2**1000, 2), math.log(10**300, 10**100))
print(math.log10(10**1000), math.log2(2**10000), math.log(7**777, 7))
print(math.log1p(10**20), math.log(True), math.log10(100))
big = 10**310
print(math.log(big) > 700, math.isclose(math.log(big), 310 * math.log(10)))
try:
    math.log(0 * big)
except ValueError as e:
    print("ValueError", e)
try:
    print(math.log2(-(2**5000)))
except ValueError as e:
    print("ValueError", e)
print(math.sqrt(10**300), math.isqrt(10**300) == 10**150)
try:
    print(math.exp(10**400))
except OverflowError as e:
    print("OverflowError", e)
