# Tests mixed call-site unpacking like f(1, *xs, 2, **d, k=3).
def f(*args, **kw):
    return f"args={args} kw={kw}"

xs = [10, 20]
d = {"a": "A", "b": "B"}
print(f(1, *xs, 2, **d, k=3))
print(f(*xs, *xs, **d, **{"c": "C"}))
print(f(k=1, *xs))
print(f(0, *(), **{}))

def g(a, b, c, d, *rest, e, f=6, **more):
    return [a, b, c, d, rest, e, f, more]

print(g(1, *[2, 3], 4, 5, *[6], e=7, **{"f": 8, "z": 9}))
print(g(*range(4), **{"e": "E"}))

pairs = [(1, 2), (3, 4)]
print([f(*p) for p in pairs])
args = (1, 2, 3, 4)
opts = {"e": 5}
print(g(*args, **opts, x=1))
