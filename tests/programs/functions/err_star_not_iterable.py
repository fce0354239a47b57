# Tests TypeError: __main__.f() argument after * must be an iterable, not int.
def f(*args):
    return len(args)

print(f(*[1, 2]), f(*"abc"), f(*()))
n = 5
print(f(*range(4)), f(*{"k": 1}))
print(f(*[n]))
print("unpacking an int")
f(*n)
