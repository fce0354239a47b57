# Uncaught ValueError from unpacking the wrong number of values.
pairs = [("a", 1), ("b", 2), ("c", 3, "extra")]
try:
    x, y, z = (1, 2)
except ValueError as e:
    print("caught:", e)
for pair in pairs:
    name, value = pair
    print(name, value)
print("unreachable")
