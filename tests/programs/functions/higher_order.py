# Hand-written map/filter/reduce using def'd functions.
def my_map(f, items):
    out = []
    for x in items:
        out.append(f(x))
    return out

def my_filter(pred, items):
    out = []
    for x in items:
        if pred(x):
            out.append(x)
    return out

def my_reduce(f, items, initial):
    acc = initial
    for x in items:
        acc = f(acc, x)
    return acc

def is_odd(n):
    return n % 2 == 1

def cube(n):
    return n ** 3

def add(a, b):
    return a + b

def longer(a, b):
    return a if len(a) >= len(b) else b

nums = list(range(1, 11))
print(my_map(cube, nums))
print(my_filter(is_odd, nums))
print(my_reduce(add, my_map(cube, my_filter(is_odd, nums)), 0))
print(my_reduce(longer, ["a", "abc", "ab", "xyz"], ""))
print(my_reduce(add, ["x", "y", "z"], ">"))
print(my_map(is_odd, [1, 2, 3]))
