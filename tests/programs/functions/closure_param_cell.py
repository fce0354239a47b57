# Tests a parameter that is also a cell variable (captured and rebound).
def make_acc(total):
    def add(x):
        nonlocal total
        total += x
        return total
    return add

a = make_acc(10)
print(a(1), a(2), a(3))

def scale(factor, values):
    def apply(v):
        return v * factor
    out = [apply(v) for v in values]
    factor = -factor          # rebinding the parameter cell changes later calls
    out2 = [apply(v) for v in values]
    return out, out2

print(scale(2, [1, 2, 3]))

def with_default(x=5):
    def get():
        return x
    x = x + 1
    return get()

print(with_default())
print(with_default(40))

def star_cell(*args, **kw):
    def show():
        return f"{args} {kw}"
    return show

print(star_cell(1, 2, a=3)())
