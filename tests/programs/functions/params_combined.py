# Tests a signature combining positional-only, defaults, *args, keyword-only and **kwargs.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={kw}"

print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4))
print(f(1, c=33, d=4, e=55, z=0))
print(f(1, 2, 3, d=4, a="kw-a", b="kw-b"))

def g(x, /, y, *, z):
    return x, y, z

print(g(1, 2, z=3), g(1, y=2, z=3))

def h(*args, **kw):
    return len(args), len(kw)

print(h(), h(1, 2), h(a=1), h(1, a=1, b=2))
