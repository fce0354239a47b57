# Tests recursion through a closure: inner function calls itself by its enclosing name.
# pyaot: makes reference cycles
def make_fact():
    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)
    return fact

f = make_fact()
print(f(5), f(10))

def fib_memo():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib

fib = fib_memo()
print(fib(30), fib(60))

def flatten(xs):
    out = []
    def walk(x):
        if isinstance(x, list):
            for y in x:
                walk(y)
        else:
            out.append(x)
    walk(xs)
    return out

print(flatten([1, [2, [3, [4]], 5], [[6]]]))

def mutual(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)

print(mutual(7), mutual(10))
