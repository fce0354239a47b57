# Functions defined by exec() call functions defined in compiled code.
def double(x):
    return x * 2

def greet(name, punct="!"):
    return "hello " + name + punct

log = []

def record(event):
    log.append(event)
    return len(log)

exec("""
def quadruple(x):
    return double(double(x))

def greet_all(names):
    out = []
    for n in names:
        out.append(greet(n, punct="?"))
    return out

def tracked(value):
    record("got " + str(value))
    return double(value) + 1
""")

print(quadruple(5))
print(greet_all(["ann", "bob"]))
print(tracked(10))
print(tracked(20))
print(log)

# A compiled function is redefined; the exec'd function sees the new one,
# because it looks the name up in the module globals at call time.
def double(x):
    return x * 3

print(quadruple(5))

# Chains: compiled -> exec'd -> compiled.
def outer(n):
    return quadruple(n) + 1

print(outer(2))

# exec'd code can call a compiled function directly as a statement.
exec("record('direct call')")
print(log[-1], len(log))
