# Tests dict comprehensions from zip, enumerate, and with conditions.
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})
print({i: ch for i, ch in enumerate("xyz")})
print({ch: i for i, ch in enumerate("hello")})  # later duplicates overwrite, order of first insertion
print({n: n * n for n in range(6) if n % 2})
print({v: k for k, v in {"one": 1, "two": 2}.items()})
print({w: len(w) for w in "to be or not to be".split()})
print({(i, j): i * j for i in range(2) for j in range(2)})
d = {k: [k] * 2 for k in "ab"}
d["a"].append("z")
print(d)
print({k: v for k, v in []})
print(len({i % 3: i for i in range(10)}), {i % 3: i for i in range(10)})
