# Tests TypeError wording for too many positionals when defaults exist ("from 1 to 2").
def f(a, b=2):
    return a - b

print(f(10), f(10, 3))
print(f(b=1, a=1))
print(f(*[5]))
print(f(a=2.5, b=0.5))
print("calling with three arguments")
f(1, 2, 3)
