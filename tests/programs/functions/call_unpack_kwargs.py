# Tests call-site unpacking with **mapping, including merges and order.
def f(a, b, c=0):
    return f"a={a} b={b} c={c}"

d = {"a": 1, "b": 2}
print(f(**d))
print(f(**{"b": 20, "a": 10, "c": 30}))
print(f(5, **{"b": 6}))
print(f(**{"a": 1}, **{"b": 2}))

def kw(**k):
    return k

print(kw(**d, c=3))
print(kw(z=0, **d))
print(kw(**{"x": 1}, y=2, **{"w": 3}))
e = {}
print(kw(**e), f(1, 2, **e))
