# Tests that defaults bind the value at def time, not call time.
n = 1
def f(x=n):
    return x

n = 2
print(f(), n)

def make():
    fs = []
    for i in range(3):
        def g(v=i * i):
            return v
        fs.append(g)
    return fs

print([g() for g in make()])

def outer(k):
    def inner(a, b=k + 1):
        return a + b
    return inner

print(outer(10)(1), outer(20)(1), outer(20)(1, 0))

items = [1, 2]
def snap(v=items):
    return v

items.append(3)        # same list object: mutation visible
print(snap())
items = ["new"]        # rebinding the name: not visible
print(snap())
