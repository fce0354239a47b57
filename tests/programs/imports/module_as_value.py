import mod_values
import mod_small


def call(mod, fname, arg):
    return getattr(mod, fname)(arg)


mods = [mod_values, mod_small]
print([m.__name__ for m in mods])
print(call(mod_values, "ident", 42))
table = {"v": mod_values, "s": mod_small}
print(table["s"].present)
print(type(mod_values).__name__)
setattr(mod_values, "EXTRA", 3)
print(mod_values.EXTRA)
alias = mod_values
alias.NAME = "changed"
print(mod_values.NAME)
print(mod_values is alias, mod_values is mod_small, mod_values == alias)
