# Uncaught TypeError: a list used as a dict key.
seen = {}
keys = [(1, 2), "text", 3, 2.5, [4, 5]]
for k in keys:
    print("inserting", k)
    seen[k] = True
    print("size", len(seen))
print("unreachable")
print(seen)
print(len(seen))
