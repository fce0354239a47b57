# Assignment expressions: in conditions, loops, comprehensions (binding in the enclosing scope), parameters, floats.
def f(x, data):
    if (n := len(data)) > 2:
        x = n
    return x, n
print(f(1, [1, 2, 3]), f(1, []))
def g(p):
    total = 0.0
    while (p := p - 1.5) > 0:
        total += p
    return p, total
print(g(10))
vals = [y for x in range(6) if (y := x * x) % 2 == 0]
print(vals, y)
def h():
    out = [last := i for i in range(3)]
    return out, last
print(h())
def k(param):
    return [param := param + 1 for _ in range(3)], param
print(k(10))
print((z := 5) + z, z)
def shadow(a):
    b = (a := a * 2) + a
    return a, b
print(shadow(3), shadow("x"))
