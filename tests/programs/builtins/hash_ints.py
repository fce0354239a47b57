# hash() of ints and equal numeric values (deterministic, no str hashes).
for n in [0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(n, hash(n))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 70) == hash(float(2 ** 70)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, 2)) == hash((1, 2)))
print(hash(5) == 5, hash(-1) == -2, hash(2.5) == hash(2.5))
counts = {}
for n in [1, 1.0, True, 2, 2.0, 3]:
    counts[n] = counts.get(n, 0) + 1
print(counts)
print(hash(-(2 ** 61 - 1)), hash(-(2 ** 61)))
