# Attributes set on an imported module from outside are what its code reads: names it
# never binds, and builtins it shadows until the attribute is deleted again.
import mod_hooks

print(mod_hooks.total([1, 2, 3]), mod_hooks.describe(12345), mod_hooks.ranged(3))
try:
    mod_hooks.report()
except NameError as e:
    print("NameError:", e)
mod_hooks.config_value = 21
print(mod_hooks.report(), mod_hooks.config_value)
print(hasattr(mod_hooks, "sum"), hasattr(mod_hooks, "config_value"))
mod_hooks.sum = lambda xs: "patched sum"
mod_hooks.len = lambda s: -1
mod_hooks.range = lambda n: "abc"
print(mod_hooks.total([1, 2, 3]), mod_hooks.describe(12345), mod_hooks.ranged(3))
print(sum([1, 2, 3]), len("abc"))
del mod_hooks.sum
del mod_hooks.len
setattr(mod_hooks, "range", lambda n: [7] * n)
print(mod_hooks.total([1, 2, 3]), mod_hooks.describe(12345), mod_hooks.ranged(2))
del mod_hooks.config_value
try:
    mod_hooks.report()
except NameError as e:
    print("NameError:", e)
try:
    del mod_hooks.len
except AttributeError as e:
    print("AttributeError:", e)
