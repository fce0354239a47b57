# Writing into globals() creates or changes module variables.
globals()["newname"] = 3
print(newname)
print(newname + 1)

existing = "old"
globals()["existing"] = "new"
print(existing)

# Names built at runtime.
for i in range(3):
    globals()["var_" + str(i)] = i * 11
print(var_0, var_1, var_2)

# Reading back through globals() and through plain names.
g = globals()
print(g["var_2"] == var_2)
print("var_1" in g, "var_9" in g)

# A function can create module globals through globals().
def install(name, value):
    globals()[name] = value

install("config_level", 5)
print(config_level)

def read_level():
    return config_level * 2

print(read_level())
install("config_level", 50)
print(read_level())

# globals() inside a function is the module dict, not the function's locals.
def check(local_only):
    return "local_only" in globals(), "check" in globals()

print(check(1))

# Deleting through globals().
del globals()["newname"]
try:
    print(newname)
except NameError as e:
    print("NameError:", e)

# get() with a default.
print(globals().get("never_defined_name", "default"))
