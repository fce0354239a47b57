# Tests the uncaught ValueError from a starred assignment with too few values
a, *b, c = [1, 2]
print("fine:", a, b, c)
a, *b, c = [1, 2, 3, 4]
print("fine:", a, b, c)
for first, *rest in [[1], [2, 3]]:
    print("loop:", first, rest)
values = ["only one"]
print("unpacking", values)
x, y, *z = values
print("unreachable")
