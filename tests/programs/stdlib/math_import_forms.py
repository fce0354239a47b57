import math as m
from math import sqrt as root, pi
from math import floor, ceil, gcd, isclose, tau, factorial, e, inf, isnan, nan
import random as rnd
from random import randint, seed as reseed

print(m.sqrt(9), root(16), pi == m.pi, floor(2.7), ceil(2.1), gcd(8, 12))
print(isclose(tau / 2, pi), factorial(6), e > 2.7, inf > 0, isnan(nan))
reseed(10)
a = randint(1, 100)
rnd.seed(10)
print(a == rnd.randint(1, 100), a)
import math
print(m is math, type(m).__name__, m.__name__, rnd.__name__)

def local_import():
    import math
    from random import choice
    rnd.seed(4)
    return math.hypot(3, 4), choice("abc")

print(local_import())
