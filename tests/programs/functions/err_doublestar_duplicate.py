# Tests TypeError: __main__.f() got multiple values for keyword argument 'a' (from ** merging).
def f(**kw):
    return kw

print(f(**{"a": 1}, b=2))
print(f(**{"a": 1}, **{"b": 2}))
print(f(a=0, **{"b": 1, "c": 2}))
d = {"x": 1}
print(f(**d, y=2), d)
print("same key twice")
f(**{"a": 1}, **{"a": 2})
