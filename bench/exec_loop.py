# exec of one code object, compiled once, that updates module globals.
code = compile("total += step", "<cfg>", "exec")
total, step = 0, 5
for _ in range(1_000_000):
    exec(code)
print(total)
