# exec() in a loop defines functions whose names come from the loop value.
for i in range(5):
    exec(f"def f{i}(x):\n    return x + {i}")

print(f0(10), f1(10), f2(10), f3(10), f4(10))

# Look them up by name in globals().
g = globals()
results = []
for i in range(5):
    results.append(g["f" + str(i)](100))
print(results)

# Each function keeps its own constant even after the loop variable changed.
print(i, f0(0), f4(0))

# Build a pipeline of generated functions.
ops = [("add3", "x + 3"), ("dbl", "x * 2"), ("neg", "-x"), ("sq", "x * x")]
for name, body in ops:
    exec("def " + name + "(x):\n    return " + body)

value = 1
for name, body in ops:
    value = g[name](value)
    print(name, value)

# Generated functions in a dict, with %-formatting of the source.
table = {}
for power in range(1, 4):
    exec("def pow_%d(x):\n    return x ** %d" % (power, power), table)
keys = []
for k in table:
    if not k.startswith("__"):
        keys.append(k)
print(sorted(keys))
print(table["pow_1"](5), table["pow_2"](5), table["pow_3"](5))

# Redefining an existing generated name replaces it.
exec("def f2(x):\n    return x - 2")
print(f2(10))
