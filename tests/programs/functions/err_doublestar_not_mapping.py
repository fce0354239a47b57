# Tests TypeError: __main__.f() argument after ** must be a mapping, not list.
def f(**kw):
    return kw

print(f(**{"a": 1}))
print(f(**{}))
print(f(**dict([("k", "v")])))
print(f(z=1, **{"y": 2}))
print("unpacking a list with **")
f(**[1])
