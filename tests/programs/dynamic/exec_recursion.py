# Recursive functions defined by exec().
exec("""
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
""")
print(fact(5))
print(fact(20))
print(fact(30))

exec("""
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
""")
series = []
for i in range(15):
    series.append(fib(i))
print(series)

# Mutual recursion between two exec-defined functions.
exec("""
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
""")
print(is_even(10), is_odd(10), is_even(7), is_odd(7))

# Recursion that goes through a compiled function.
def halve(n):
    return n // 2

exec("""
def steps_to_one(n):
    if n == 1:
        return 0
    if n % 2 == 0:
        return 1 + steps_to_one(halve(n))
    return 1 + steps_to_one(3 * n + 1)
""")
print(steps_to_one(27))

# Recursion inside its own namespace dict.
ns = {}
exec("def depth(xs):\n    if not isinstance(xs, list):\n        return 0\n    best = 0\n    for x in xs:\n        best = max(best, depth(x))\n    return best + 1", ns)
print(ns["depth"]([1, [2, [3, [4]], 5]]))
