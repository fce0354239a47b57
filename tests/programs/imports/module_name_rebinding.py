mod_small = "a string"
print(mod_small)
import mod_small
print(mod_small.present)


def f():
    mod_small = 123
    return mod_small


print(f())
print(mod_small.func())


def g():
    import mod_small as local_mod
    mod_small = "local shadow"
    return mod_small + " / " + local_mod.present


print(g())
import mod_values as mod_small
print(mod_small.NAME)
