# Tests TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'.
def f(a, /, b):
    return a + b

print(f(1, 2), f(1, b=2))
print(f(*[10, 20]))
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
print("passing a by keyword")
f(a=1, b=2)
