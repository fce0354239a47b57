# Nested loops, breaking out with a flag, and triangle patterns.
target = 24
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == target:
            found = (a, b)
            break
    if found:
        break
print("first factor pair", found)
pairs = []
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == target:
            pairs.append((a, b))
print(pairs)
for row in range(1, 6):
    print(" " * (5 - row) + "*" * (2 * row - 1))
triples = []
for c in range(1, 30):
    for b in range(1, c):
        for a in range(1, b):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)
