# Dict literals, access, insertion order, update and deletion.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"])
d["one"] = 100
print(d)
del d["two"]
print(d, "two" in d, "three" in d, 3 in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
e = {}
print(e, len(e), not e)
print(dict(), dict([("a", 1), ("b", 2)]), dict(x=1, y=2), dict({"z": 0}))
print(dict(zip(["k1", "k2"], [10, 20])))
keys = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(keys)
print(keys[1], keys[(1, 2)], keys[None])
mixed = {1: "a", 1.0: "b", True: "c"}
print(mixed, len(mixed))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
d2 = {"x": [1, 2], "y": {"nested": True}}
d2["x"].append(3)
print(d2, d2["y"]["nested"])
