# Tests TypeError: f() got multiple values for argument 'a'.
def f(a, b):
    return [a, b]

print(f(1, 2))
print(f(1, b=2))
print(f(b=2, a=1))
print(f(*[1], b=2))
print("passing a both positionally and by keyword")
f(1, a=2)
