# Tests positional-only parameters (`/`), including kwargs sharing their names.
def f(a, b, /, c):
    return a * 100 + b * 10 + c

print(f(1, 2, 3))
print(f(1, 2, c=3))

def g(a, b=5, /):
    return a + b

print(g(1), g(1, 1))

def h(name, /, **kw):
    # 'name' may also appear as a keyword in **kw because it is positional-only
    return f"{name} {kw}"

print(h("pos", name="kw", other=1))

def full(p1, p2=2, /, n1=3, *, k1, k2=5):
    return [p1, p2, n1, k1, k2]

print(full(1, k1=4))
print(full(1, 20, 30, k1=40))
print(full(1, n1=33, k2=55, k1=44))
