import math

for n in [0, 1, 5, 10, 20, 25]:
    print(n, math.factorial(n))
print(len(str(math.factorial(200))), math.factorial(30) % 1000003)
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 30))
print(math.gcd(0, 0), math.gcd(0, 7), math.gcd(2**100, 6**50), math.gcd(True, 4))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2, 3, 4, 5))
print(math.lcm(2**64, 3**40) == 2**64 * 3**40)
for n in [0, 1, 3, 4, 15, 16, 17, 99, 10**20, 2**127 - 1, 10**41]:
    print(n, math.isqrt(n))
for n, k in [(5, 2), (10, 0), (10, 10), (3, 5), (52, 5), (100, 50)]:
    print(n, k, math.comb(n, k), math.perm(n, k))
print(math.perm(6), math.perm(0))
print(math.comb(1000, 3), math.perm(30, 20))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)))
print(math.prod([1.5, 2, 4]), math.prod([2, 3], start=10), math.prod([], start=7.5))
print(math.prod([3, "ab"]))
try:
    math.comb(n=6, k=2)
except TypeError as e:
    print("TypeError", e)
print(math.perm(5, None), math.perm(7, None) == math.factorial(7))
