# Tests that generator expressions are lazy except for the first iterable, which is evaluated immediately
def src(n):
    print("src called with", n)
    return range(n)

def f(x):
    print("f", x)
    return x * 10

g = (f(x) for x in src(3))
print("genexp created")
print(next(g))
print("between")
print(list(g))

try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

lazy_err = (1 // x for x in [1, 0])
print("no error yet")
print(next(lazy_err))
try:
    next(lazy_err)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
