# locals() inside a function returns its parameters and assigned locals.
def params_only(a, b, c=3):
    return sorted(locals().items())

print(params_only(1, 2))
print(params_only("x", "y", c="z"))

def after_assignments(n):
    doubled = n * 2
    text = str(n)
    snapshot = locals()
    print(sorted(snapshot.keys()))
    print(snapshot["n"], snapshot["doubled"], snapshot["text"])
    return len(snapshot)

print(after_assignments(21))

def not_yet_assigned(flag):
    if flag:
        value = "set"
    names = locals()
    return "value" in names

print(not_yet_assigned(True))
print(not_yet_assigned(False))

def in_loop(items):
    seen = []
    for item in items:
        seen.append(locals()["item"])
    return seen

print(in_loop([3, 1, 4]))

def empty():
    return locals()

print(empty())

def by_key(x, y):
    d = locals()
    for key in ["x", "y"]:
        print(key, "=", d[key])

by_key(10, "ten")

# At module level locals() is the module namespace.
module_var = 5
print(locals() is globals())
print(locals()["module_var"])
