# Tests comprehensions inside functions referencing function locals and parameters.
def scale_all(xs, factor):
    offset = 1
    return [x * factor + offset for x in xs]

print(scale_all([1, 2, 3], 10))

def filter_above(xs, limit):
    return [x for x in xs if x > limit]

print(filter_above([5, 1, 8, 3], 3))

def nested(n):
    base = 100
    return [[base + i * j for j in range(n)] for i in range(n)]

print(nested(3))

def inner_fn_comp():
    mult = 2
    def go(ys):
        return [y * mult for y in ys]
    mult = 3
    return go([1, 2])

print(inner_fn_comp())

def with_nonlocal():
    total = 0
    def add_all(xs):
        nonlocal total
        total += sum([x for x in xs if x > 0])
    add_all([1, -2, 3])
    add_all([10])
    return total

print(with_nonlocal())

def keys_with(d, suffix):
    return {k + suffix: d[k] for k in d}

print(keys_with({"a": 1, "b": 2}, "_x"))
