# List creation, indexing, slicing and mutation.
a = [10, 20, 30, 40, 50]
print(a, len(a), a[0], a[-1])
print(a[1:3], a[::2], a[::-1], a[-2:], a[:-2])
a[0] = 11
a[-1] = 55
print(a)
print(a + [60, 70], a * 2, [0] * 5)
print(20 in a, 21 in a, 30 not in a)
b = list("abc")
print(b, list(range(5)), list((1, 2)), list())
c = a
c.append(99)
print(a is c, a)
d = a[:]
d.append(100)
print(len(a), len(d))
empty = []
print(empty, len(empty), not empty)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 3], [2] > [1, 99])
mixed = [1, "two", 3.0, None, [5]]
print(mixed, mixed[4][0])
