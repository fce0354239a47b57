# Tests that argument errors name nested functions by qualname: outer.<locals>.inner().
def outer():
    def inner(a, b):
        return a + b
    return inner

g = outer()
print(g(1, 2))
print(g.__qualname__)
g(1)
