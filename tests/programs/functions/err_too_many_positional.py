# Tests TypeError: f() takes 2 positional arguments but 3 were given.
def f(a, b):
    return a * b

print(f(3, 4))
args = [1, 2]
print(f(*args))
print(f(b=2, a=5))
print("calling with three arguments")
f(1, 2, 3)
