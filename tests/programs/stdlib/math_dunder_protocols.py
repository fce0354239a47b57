import math


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __floor__(self):
        return "floor-called"

    def __ceil__(self):
        return "ceil-called"

    def __trunc__(self):
        return "trunc-called"


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


m = Meters(2.25)
print(math.sqrt(m), math.exp(Meters(0)), math.isclose(m, 2.25), math.hypot(m, 1))
print(math.floor(m), math.ceil(m), math.trunc(m))
print(math.factorial(Count(5)), math.gcd(Count(12), 18), math.isqrt(Count(50)))
print(math.comb(Count(6), Count(2)), math.perm(Count(4), 2), math.lcm(Count(4), 6))
print(math.log(m), math.copysign(m, -1), math.fabs(Meters(-3)))
print(math.floor(Count(3)), math.sqrt(Count(4)))
try:
    math.sqrt(object())
except TypeError as e:
    print("TypeError", e)
