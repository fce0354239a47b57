# Factorial, fibonacci, gcd and power by recursion.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def fast_pow(base, exp):
    if exp == 0:
        return 1
    half = fast_pow(base, exp // 2)
    if exp % 2:
        return half * half * base
    return half * half

print(fact(0), fact(1), fact(20))
print(fact(50))
print(fib(20), fib(25))
print(gcd(1071, 462), gcd(17, 5), gcd(2 ** 100, 2 ** 60 * 3))
print(fast_pow(3, 200), fast_pow(2, 0), fast_pow(-2, 63))
