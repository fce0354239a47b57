# Uncaught TypeError: len() of an int.
items = [[1, 2], "abc", (1,), {"a": 1}, "", 12345]
total = 0
for item in items:
    size = len(item)
    total += size
    print(type(item).__name__, size, total)
    if size == 0:
        print("empty item found")
print("unreachable")
