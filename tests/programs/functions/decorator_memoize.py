# Tests a functools-free memoize decorator using a dict in a closure.
stats = {}

def memoize(fn):
    cache = {}
    stats[fn.__name__] = 0
    def wrapper(*args):
        if args in cache:
            return cache[args]
        stats[fn.__name__] += 1
        r = fn(*args)
        cache[args] = r
        return r
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(50))
print(stats)
print(fib(10), stats)

@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print(paths(10, 10))
print(stats)
print(paths(3, 3), paths(10, 10), stats["paths"])
