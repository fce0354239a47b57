# Functions are first-class values: passed, stored and returned.
def double(x):
    return x * 2

def square(x):
    return x * x

def negate(x):
    return -x

def apply_all(funcs, value):
    results = []
    for f in funcs:
        results.append(f(value))
    return results

def compose_apply(f, g, x):
    return f(g(x))

def pick(name):
    table = {"double": double, "square": square, "negate": negate}
    return table[name]

print(apply_all([double, square, negate], 7))
print(compose_apply(double, square, 3), compose_apply(square, double, 3))
print(pick("square")(12))
op = negate
print(op(5), op is negate, op == negate)
print(type(double).__name__)
pipeline = [square, double, negate]
value = 3
for step in pipeline:
    value = step(value)
print(value)
print(sorted([-3, 2, -1], key=square), max([-3, 2, -1], key=negate))
