# Tests corner cases mixing global and nonlocal in nested scopes.
x = "global-x"

def f1():
    x = "f1-x"
    def g():
        global x          # skips f1's x, goes to module
        return x
    return g()

print("f1:", f1())

def f2():
    global x
    def g():
        return x          # f2 declared x global, so g reads the global too
    x = "set-by-f2"
    return g()

print("f2:", f2())
print("module x:", x)

def f3():
    y = 1
    def g():
        nonlocal y
        def h():
            nonlocal y    # refers to f3's y through g
            y += 100
        h()
        y += 1
    g()
    return y

print("f3:", f3())

def f4():
    z = 0
    def g():
        z = 5             # local to g, does not affect f4's z
        return z
    g()
    return z

print("f4:", f4())

def f5():
    def g():
        global undefined_until_now
        undefined_until_now = "defined"
    g()
    return undefined_until_now

print("f5:", f5())
