# Tests a simple decorator that wraps a function and prints around the call.
def trace(fn):
    def wrapper(x):
        print(f"calling {fn.__name__}({x})")
        r = fn(x)
        print(f"{fn.__name__} returned {r}")
        return r
    return wrapper

@trace
def square(n):
    return n * n

print("result:", square(6))
print("wrapped name:", square.__name__)

def double_result(fn):
    def wrapper(a, b):
        return fn(a, b) * 2
    return wrapper

@double_result
def add(a, b):
    return a + b

print(add(3, 4))
# applying manually is equivalent
def sub(a, b):
    return a - b
sub2 = double_result(sub)
print(sub2(10, 3), sub(10, 3))
