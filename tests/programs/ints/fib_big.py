# Fibonacci numbers well past 64 bits.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib(10))
print(fib(90))
print(fib(92))
print(fib(93))
print(fib(100))
print(fib(300))
print(fib(200) % 1000000007)
print(fib(150) // fib(149))
print(fib(101) * fib(99) - fib(100) ** 2)
print(fib(50) - fib(49) - fib(48))
