# Tests recursive generators producing permutations and combinations
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

for p in permutations([1, 2, 3]):
    print(p)
print(len(list(permutations(list("abcd")))))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest

print(list(combinations("abcd", 2)))
print(sum(1 for _ in combinations(range(6), 3)))
