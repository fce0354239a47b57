# Tests iterating over small int sets (CPython order), len, sum, min, max, sorted, and enumerate
s = {10, 3, 7, 1, 44}
for x in s:
    print("item", x)
print(len(s), sum(s), min(s), max(s))
print(sorted(s), sorted(s, reverse=True))
print(list(enumerate({2, 1, 0})))
print([x * 2 for x in {3, 1, 2}])
print({-1, -2, 0, 1})
print({16, 8, 0, 32})
print(list({100, 200, 300}))
print(any(x > 40 for x in s), all(x > 0 for x in s))
