# Tests **kwargs collection; dict order follows call-site keyword order.
def f(**kwargs):
    return kwargs

print(f())
print(f(a=1))
print(f(z=26, a=1, m=13))
print(list(f(b=2, a=1).keys()))

def g(x, y=0, **opts):
    return f"x={x} y={y} opts={opts}"

print(g(1))
print(g(1, 2, color="red", size=3))
print(g(y=5, x=4, extra=True))

def build(**fields):
    parts = []
    for k in fields:
        parts.append(f"{k}={fields[k]}")
    return ";".join(parts)

print(build(name="ann", age=30, city="x"))
print(build(city="x", age=30, name="ann"))

def mod(**kw):
    kw["added"] = 1
    return kw

d = {"a": 0}
print(mod(**d), d)
