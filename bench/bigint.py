def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(len(str(factorial(1000))))
print(fib_big(20000) % 1000000007)
