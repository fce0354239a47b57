# Deleting and re-adding keys moves them to the end; updating keeps position.
d = {"x": 1, "y": 2, "z": 3}
d["x"] = 10
print(d)
del d["x"]
d["x"] = 11
print(d)
d.pop("y")
d["y"] = 22
print(d)
d.update({"z": 33, "w": 44})
print(d)
keys = list(d)
for k in keys:
    if d[k] % 2 == 0:
        del d[k]
print(d)
popped = []
while d:
    popped.append(d.popitem())
print(popped, d)
