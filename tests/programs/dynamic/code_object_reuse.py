# One code object evaluated many times, against different namespaces.
poly = compile("a * t * t + b * t + c", "<poly>", "eval")

coeffs = [(1, 0, 0), (2, -3, 1), (0, 5, -2)]
for a, b, c in coeffs:
    row = []
    for t in range(4):
        row.append(eval(poly, {"a": a, "b": b, "c": c, "t": t}))
    print(a, b, c, row)

# Module globals used by the same code object.
a, b, c = 1, 1, 1
values = []
for t in range(5):
    values.append(eval(poly))
print(values)

# An 'exec' code object run repeatedly against one dict.
update = compile("acc = acc * 2 + bit\ncount += 1", "<update>", "exec")
state = {"acc": 0, "count": 0}
for bit in [1, 0, 1, 1]:
    state["bit"] = bit
    exec(update, state)
print(state["acc"], state["count"])

# Code objects stored in a dict and chosen at runtime.
ops = {}
for name, src in [("add", "p + q"), ("sub", "p - q"), ("mul", "p * q"), ("pow", "p ** q")]:
    ops[name] = compile(src, "<" + name + ">", "eval")
for name in ["add", "sub", "mul", "pow"]:
    print(name, eval(ops[name], {"p": 3, "q": 4}))

# Reusing the code object inside a function with locals.
def apply(code, p, q):
    return eval(code)

print(apply(ops["mul"], 6, 7), apply(ops["pow"], 2, 10))

# Timing-free sanity: many evaluations give a stable sum.
total = 0
sq = compile("k * k", "<sq>", "eval")
for k in range(200):
    total += eval(sq)
print(total)
