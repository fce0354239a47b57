# Tests functions stored in lists and dicts and dispatched dynamically.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b

table = [add, sub, mul]
print([f(6, 3) for f in table])
print([f.__name__ for f in table])

dispatch = {"add": add, "sub": sub, "mul": mul, "pow": lambda a, b: a ** b}
for name in ["mul", "add", "pow", "sub"]:
    print(name, dispatch[name](2, 5))

handlers = {}
def on(evt, fn):
    handlers.setdefault(evt, []).append(fn)

on("x", lambda v: print("first", v))
on("x", lambda v: print("second", v * 2))
on("y", lambda v: print("y got", v))
for evt in ["x", "y", "z"]:
    for h in handlers.get(evt, []):
        h(evt + "!")

pair = (min, max)
print(pair[0]([4, 1, 7]), pair[1]([4, 1, 7]))
print(dispatch["add"] is add, table[2] is mul)
