# Tests keyword-only parameters after bare `*` and after *args.
def f(a, *, k, flag=False):
    return (a, k, flag)

print(f(1, k=2))
print(f(1, flag=True, k=3))
print(f(a=0, k=0))

def g(*args, sep=", ", end="."):
    return sep.join([str(a) for a in args]) + end

print(g(1, 2, 3))
print(g(1, 2, 3, sep="-"))
print(g("x", end="!", sep=""))
print(g())

def h(a, b=1, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"

print(h(1, c=3))
print(h(1, 2, 3, 4, c=5, e=6))
print(h(c=0, a=9, z=1))

def only_kw(*, x=1, y=2):
    return x * 10 + y

print(only_kw(), only_kw(y=5), only_kw(x=3, y=4))
