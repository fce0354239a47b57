# Sorting and comparing floats.
data = [3.5, -1.25, 2.0, 0.1 + 0.2, 0.3, 1e-9, -0.0, 0.0, 100.0, 1e2]
print(sorted(data))
print(sorted(data, reverse=True))
print(max(data), min(data))
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3)
print(abs((0.1 + 0.2) - 0.3) < 1e-12)
print(sum(data))
print(sum([0.1] * 10))
print(1.0 in [1, 2], 2 in [1.0, 2.0])
print([1.0, 2.0].index(2))
print((1, 2.0) == (1.0, 2))
print(3.0 == 3, 3.1 > 3, -0.5 < 0)
