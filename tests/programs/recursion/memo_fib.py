# Memoized recursion with a global dict reaches large results quickly.
memo = {0: 0, 1: 1}

def fib(n):
    if n in memo:
        return memo[n]
    value = fib(n - 1) + fib(n - 2)
    memo[n] = value
    return value

print(fib(50))
print(fib(200))
print(fib(400))
print(len(memo))

cache = {}
def ways(n):
    # number of ways to climb n stairs with steps of 1, 2 or 3
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n in cache:
        return cache[n]
    cache[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return cache[n]

print(ways(4), ways(10), ways(100))
