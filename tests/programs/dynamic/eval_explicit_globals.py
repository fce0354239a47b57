# eval() with an explicit globals dict: only that dict's names are visible.
secret = "module value"

env = {"a": 10, "b": 32, "label": "sum"}
print(eval("a + b", env))
print(eval("label + '=' + str(a + b)", env))
print(eval("len(label)", env))

# Builtins stay available even though env has no '__builtins__' key.
print(eval("max(a, b) - min(a, b)", env))
print("builtins key added:", "__builtins__" in env)

# The module's own variables are not visible through env.
try:
    eval("secret", env)
except NameError as e:
    print("NameError:", e)

# Changing the dict changes what the next eval sees.
env["a"] = 100
print(eval("a + b", env))

# Two different dicts, same expression.
first = {"x": 2, "y": 3}
second = {"x": 20, "y": 30}
for d in [first, second]:
    print(eval("x * y + 1", d))

# globals() itself can be passed explicitly.
print(eval("secret.upper()", globals()))

# The user keys of env are unchanged by eval (it only reads).
keys = []
for k in env:
    if not k.startswith("__"):
        keys.append(k)
print(sorted(keys))
