# Tests TypeError: f() missing 1 required positional argument: 'b'.
def f(a, b):
    return a + b

print(f(1, 2))
print(f(b=5, a=1))
print(f(*[3, 4]), f(**{"a": "x", "b": "y"}))
print(f(a=[1], b=[2]))
print("calling with one argument")
f(1)
