# Tuple unpacking in assignments, loops and returns.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = (10, 20, 30)
print(x + y + z)
(p, q) = [7, 8]
print(p, q)
first, second = "hi"
print(first, second)

def min_max(values):
    return min(values), max(values)

lo, hi = min_max([4, 9, -3, 7])
print(lo, hi)
result = min_max([1])
print(result, type(result).__name__)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
i = 0
lst = [5, 6]
i, lst[i] = 1, 99
print(i, lst)
