# Helper functions calling each other: gcd/lcm and prime factorisation.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a * b // gcd(a, b)

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

def describe(n):
    fs = factorize(n)
    return str(n) + " = " + join_ints(fs, " * ")

def join_ints(nums, sep):
    parts = []
    for v in nums:
        parts.append(str(v))
    return sep.join(parts)

print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(2 ** 80, 6 ** 40))
print(lcm(4, 6), lcm(21, 6))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print(acc)
for n in [2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143]:
    print(describe(n))
