# Tests *args collection: empty, with leading positionals, and tuple type.
def f(*args):
    return args

print(f())
print(f(1))
print(f(1, "two", [3]))
print(isinstance(f(1, 2), tuple), len(f(1, 2, 3)))

def g(a, b=2, *rest):
    return f"a={a} b={b} rest={rest}"

print(g(1))
print(g(1, 5))
print(g(1, 5, 6, 7))

def mx(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best

print(mx(3), mx(3, 9, 2), mx("b", "a", "c"))

def count_types(*items):
    d = {}
    for it in items:
        if isinstance(it, bool):
            k = "bool"
        elif isinstance(it, int):
            k = "int"
        elif isinstance(it, float):
            k = "float"
        elif isinstance(it, str):
            k = "str"
        elif it is None:
            k = "None"
        else:
            k = "other"
        d[k] = d.get(k, 0) + 1
    return d

print(count_types(1, "a", 2.0, 3, None, "b", [1], True))
