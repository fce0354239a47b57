# len, range, enumerate and zip on various inputs.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1, "b": 2}), len(range(10)), len(""), len("😀é"))
for i, ch in enumerate("abc"):
    print(i, ch)
for i, x in enumerate([10, 20], start=5):
    print(i, x)
print(list(enumerate(["a", "b"])), list(enumerate((), 3)))
print(list(zip("abc", [1, 2, 3, 4])), list(zip()), list(zip([1], [2], [3])))
for a, b in zip(range(3), range(10, 13)):
    print(a + b, end=" ")
print()
print(list(range(0)), list(range(-3)), list(range(1, 10, 4)))
keys = ["x", "y", "z"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)))
pairs = list(zip(keys, vals))
print(pairs, len(pairs))
