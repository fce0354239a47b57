# range() with one, two and three arguments, negatives and len().
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
print(list(range(5, 0, -1)), list(range(-5, 5, 2)), list(range(3, 3)), list(range(5, 2)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -4)), len(range(0)))
r = range(0, 20, 5)
print(r[0], r[-1], r[2], 15 in r, 16 in r)
print(range(5), range(1, 7, 2))
print(sum(range(1, 1001)), max(range(7)), min(range(3, 9)))
for i in reversed(range(3)):
    print("rev", i)
print(list(range(-1, -10, -3)), list(range(10 ** 20, 10 ** 20 + 3)))
print(range(3) == range(0, 3), list(range(0, -3, -1)))
