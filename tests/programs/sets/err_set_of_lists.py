# Tests the uncaught TypeError from building a set containing lists
pairs = [[1, 2], [3, 4], [1, 2]]
as_tuples = {tuple(p) for p in pairs}
print("tuples are fine:", len(as_tuples))
print("sorted:", sorted(as_tuples))
frozen = {frozenset(p) for p in pairs}
print("frozensets are fine:", len(frozen))
print("now trying lists directly")
unique = set(pairs)
print("unreachable", unique)
