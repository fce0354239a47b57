# Tests starred targets in for loops and nested tuple unpacking in for targets
rows = [(1, 2, 3), (4, 5), (6,), (7, 8, 9, 10)]
for first, *rest in rows:
    print("first", first, "rest", rest)

for *init, last in ["ab", "xyz", "q"]:
    print("init", init, "last", last)

records = [("alice", (30, "NYC")), ("bob", (25, "LA"))]
for name, (age, city) in records:
    print(f"{name} is {age} in {city}")

for i, (a, *b) in enumerate([[1, 2, 3], [4]]):
    print(i, a, b)

for a, *mid, z in [range(3), range(6)]:
    print(a, mid, z)

print([(h, t) for h, *t in ["abc", "de"]])
