# eval() with both a globals dict and a locals dict.
g = {"x": 1, "y": 2, "scale": 100}
l = {"x": 10, "z": 30}

# Locals shadow globals; names missing from locals fall back to globals.
print(eval("x", g, l))
print(eval("y", g, l))
print(eval("z", g, l))
print(eval("x + y + z", g, l))
print(eval("(x + y) * scale", g, l))

# An empty locals dict means everything comes from globals.
print(eval("x + y", g, {}))

# Builtins are found after globals and locals.
print(eval("len([x, y, z])", g, l))

# A local can shadow a builtin name.
l2 = {"len": 99}
print(eval("len", g, l2))
print(eval("len", g) is len)

# A name in neither dict is a NameError.
try:
    eval("w", g, l)
except NameError as e:
    print("NameError:", e)

# Changing either dict affects the next evaluation.
l["x"] = -5
g["y"] = 7
print(eval("x + y", g, l))
del l["x"]
print(eval("x + y", g, l))

# eval never copies results back into the dicts.
print(sorted(l.items()))
print(g["x"], g["y"], g["scale"])
