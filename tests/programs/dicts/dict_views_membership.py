# keys/values/items views reflect later changes; membership tests.
d = {"a": 1}
keys = d.keys()
values = d.values()
items = d.items()
d["b"] = 2
print(list(keys), list(values), list(items), len(keys))
print("a" in keys, 2 in values, ("b", 2) in items, ("b", 3) in items)
del d["a"]
print(list(keys), len(values))
print(d.keys() == {"b": 0}.keys())
print(sorted(d.items()))
inverse = {}
colors = {"red": "#f00", "green": "#0f0", "blue": "#00f", "crimson": "#f00"}
for name, code in colors.items():
    inverse.setdefault(code, []).append(name)
print(inverse)
print(len(colors), len(inverse))
