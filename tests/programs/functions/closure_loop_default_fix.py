# Tests capturing loop variables by value via default args and factory functions.
funcs = []
for i in range(4):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([g() for g in funcs])

def make(n):
    return lambda: n * n

squares = []
for n in range(5):
    squares.append(make(n))
print([s() for s in squares])

adders = [lambda x, k=k: x + k for k in range(3)]
print([a(100) for a in adders])
# default can still be overridden
print(adders[0](1, k=50))
