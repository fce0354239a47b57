# Tests TypeError: f() got an unexpected keyword argument 'z'.
def f(x, y=0):
    return x + y

print(f(1), f(1, y=2), f(x=3, y=4))
print(f(**{"x": 5}))
print(f(*[1], **{"y": 9}))
print(f(y=1, x=1))
print("calling with z=")
f(1, z=3)
