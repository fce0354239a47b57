# Tests nonlocal: counters in closures, multiple levels, and nonlocal vs global distinction
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc()
inc(5)
print("count:", get())
inc2, get2 = make_counter()
print("independent:", inc2(), get())

def outer():
    value = "outer"
    def middle():
        def inner():
            nonlocal value
            value = "set by inner"
        inner()
        return value
    result = middle()
    return result, value

print(outer())

name = "global"
def shadowing():
    name = "enclosing"
    def change():
        nonlocal name
        name = "changed enclosing"
    change()
    return name

print(shadowing(), name)

def loop_closures():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 99
    return [f() for f in fns]

print(loop_closures())
print([f() for f in [lambda i=i: i for i in range(3)]])
