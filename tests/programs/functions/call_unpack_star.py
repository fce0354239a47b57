# Tests call-site unpacking with *iterable (lists, tuples, strings, ranges, dicts).
def f(a, b, c):
    return f"{a}-{b}-{c}"

xs = [1, 2, 3]
print(f(*xs))
print(f(*(4, 5, 6)))
print(f(*"xyz"))
print(f(*range(3)))
print(f(0, *[8, 9]))
print(f(*[1], *[2], *[3]))
print(f(*{"k1": 1, "k2": 2, "k3": 3}))

def g(*args):
    return args

print(g(*[]), g(*[], *()), g(1, *[2, 3], 4, *(5,)))
print(g(*zip([1, 2], "ab")))
print(g(*enumerate("hi")))
