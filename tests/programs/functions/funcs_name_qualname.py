# Tests __name__ and __qualname__ of top-level, nested functions and lambdas.
def top():
    pass

def outer():
    def inner():
        def deepest():
            pass
        return deepest
    lam = lambda: 0
    return inner, inner(), lam

print(top.__name__, top.__qualname__)
i, d, l = outer()
print(i.__name__, i.__qualname__)
print(d.__name__, d.__qualname__)
print(l.__name__, l.__qualname__)

mod_lam = lambda x: x
print(mod_lam.__name__, mod_lam.__qualname__)

def make():
    return [lambda: 1, lambda: 2]
print([f.__qualname__ for f in make()])

def deco(fn):
    def wrapper():
        return fn()
    return wrapper

@deco
def decorated():
    pass
print(decorated.__name__, decorated.__qualname__)
