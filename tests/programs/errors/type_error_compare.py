# Uncaught TypeError from sorting values that cannot be compared.
mixed = [3, 1, 2]
mixed.sort()
print(mixed)
print(sorted([2.5, 1, True]))
print(sorted(["b", "a"]))
mixed.append("ten")
print(mixed)
print(mixed[0] < mixed[1])
mixed.sort()
print(mixed)
