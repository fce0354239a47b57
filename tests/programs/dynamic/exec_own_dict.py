# exec() with its own namespace dict: results are read back from the dict.
ns = {}
exec("a = 6\nb = 7\nproduct = a * b", ns)
print(ns["a"], ns["b"], ns["product"])

def user_keys(d):
    keys = []
    for k in d:
        if not k.startswith("__"):
            keys.append(k)
    return sorted(keys)

print(user_keys(ns))
print("__builtins__" in ns)

# Pre-populated input values.
env = {"data": [5, 3, 9, 1], "limit": 4}
exec("""
big = []
for v in data:
    if v > limit:
        big.append(v)
count = len(big)
""", env)
print(env["big"], env["count"], user_keys(env))

# The module namespace is untouched.
print("product" in globals(), "big" in globals())

# Functions defined inside ns live in ns, and see ns as their globals.
exec("""
factor = 10
def scale(x):
    return x * factor
""", ns)
print(ns["scale"](4))
ns["factor"] = 100
print(ns["scale"](4))

# Separate globals and locals dicts: assignments go to locals.
g = {"base": 1}
l = {}
exec("result = base + 41\nbase_seen = base", g, l)
print(user_keys(g), sorted(l.items()))

# The same dict reused by several exec calls accumulates state.
state = {"n": 0}
for i in range(5):
    state["i_value"] = i
    exec("n = n + i_value", state)
print(state["n"])
