# Tests TypeError: f() missing 1 required keyword-only argument: 'k'.
def f(a, *, k):
    return a, k

print(f(1, k=2))
print(f(a=0, k=0))
def g(*args, k):
    return args, k
print(g(1, 2, k=3))
print("omitting k")
f(1)
