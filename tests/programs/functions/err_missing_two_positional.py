# Tests TypeError message listing three missing positional arguments ('a', 'b', and 'c').
def f(a, b, c, d=4):
    return a + b + c + d

print(f(1, 2, 3))
print(f(1, 2, 3, 0))
print(f(*[1, 1, 1]))
print(f(c=3, b=2, a=1))
print("calling with no arguments")
f()
