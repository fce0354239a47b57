# Tests a decorator that keeps per-function call counts with nonlocal.
def counted(fn):
    n = 0
    def wrapper(*args, **kw):
        nonlocal n
        n += 1
        print(f"{fn.__name__} call #{n}")
        return fn(*args, **kw)
    def count():
        return n
    return wrapper, count

def greet(name):
    return "hello " + name

greet, greet_count = counted(greet)
print(greet("a"))
print(greet("b"))
print("count:", greet_count())

def validate(lo, hi):
    def deco(fn):
        def wrapper(x):
            if x < lo or x > hi:
                return f"rejected {x}"
            return fn(x)
        return wrapper
    return deco

@validate(0, 10)
def half(x):
    return x / 2

print([half(v) for v in [-1, 0, 5, 10, 11]])
