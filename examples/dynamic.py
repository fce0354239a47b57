# eval, exec and compile inside a compiled program: they run on pyaot's bytecode VM,
# on the same objects as the compiled code.
ops = {"double": "x * 2", "square": "x ** 2"}
for name, expr in ops.items():
    results = []
    for x in range(5):
        results.append(eval(expr, {"x": x}))
    print(name, results)
exec("def triple(v):\n    return v * 3")
print(triple(14))  # a function defined by exec, called from compiled code
code = compile("total += step", "<cfg>", "exec")
total, step = 0, 5
for _ in range(1000):
    exec(code)  # the compiled program's own globals change
print(total)
