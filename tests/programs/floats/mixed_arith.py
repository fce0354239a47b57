# Mixed int/float/bool arithmetic and result types.
values = [3, 2.5, True, -4, 0.0]
for a in values:
    row = []
    for b in [2, 0.5, True]:
        r = a * b + a - b
        row.append(type(r).__name__ + ":" + repr(r))
    print(a, row)
print(1 + 2.0, 3 - True, 2 * 1.5, 7 / 7)
print(type(7 / 7).__name__, type(6 // 2).__name__, type(6.0 // 2).__name__)
print(10 ** 20 + 0.5)
print(2 ** 100 / 2 ** 90)
print(10 ** 30 / 3)
print((10 ** 30) * 1.0)
print(1 / 2 ** 60)
print(True / 2, False * 3.5)
print(-7 / 2, -7 // 2.0)
