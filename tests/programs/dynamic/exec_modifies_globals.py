# exec() with default globals reads and writes module variables.
total = 0
step = 3
exec("total += step")
print(total)

# Compile once, run the code object many times.
code = compile("total += step", "<loop>", "exec")
for i in range(1000):
    exec(code)
print(total)

# The code object reads the current value of step each time.
counter = 0
bump = compile("counter = counter + step * 2", "<bump>", "exec")
for step in [1, 2, 3]:
    exec(bump)
    print("step", step, "counter", counter)

# exec can create brand-new module globals.
exec("created_by_exec = 'new'\nanother = created_by_exec * 2")
print(created_by_exec, another)

# exec can rebind a list variable and mutate an existing one.
items = [1, 2]
exec("items.append(3)")
print(items)
exec("items = items + [4]")
print(items)

# Deleting a global through exec.
exec("del another")
print("another" in globals())

# A compiled function sees globals changed by exec.
def report():
    return "total=" + str(total) + " counter=" + str(counter)

exec("total = -1\ncounter = -2")
print(report())
