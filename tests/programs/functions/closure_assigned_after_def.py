# Tests closure over a variable assigned after the inner def.
def outer():
    def inner():
        return value * 2
    value = 21
    r1 = inner()
    value = 50
    r2 = inner()
    return r1, r2

print(outer())

def later_func():
    def call():
        return helper(3)
    def helper(x):
        return x + 100
    return call()

print(later_func())

def rebound():
    fs = []
    x = "first"
    fs.append(lambda: x)
    x = "second"
    fs.append(lambda: x)
    return [f() for f in fs]

print(rebound())
