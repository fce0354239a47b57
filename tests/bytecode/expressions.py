d = {"a": [1, 2, 3]}
d["a"][0] += 5
x = 1 < d["a"][1] <= 3 and not d.get("b")
print(f"{x!r:>6} {len(d):03d}", d["a"][1:], -x)
a, b = b, a = 1, 2
print(a, b, x if a else None)
print({**d, "k": ..., **{"z": 0}})
