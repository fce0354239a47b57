# Tests frozensets nested in sets and frozensets, and set equality across set/frozenset
a = frozenset({1, 2})
b = frozenset({2, 3})
family = {a, b, frozenset({1, 2})}
print(len(family))
print(sorted(sorted(x) for x in family))
nested = frozenset([a, frozenset()])
print(len(nested), a in nested, frozenset() in nested, frozenset({3}) in nested)
print(a | b, a & b, a ^ b, a - b)
print(a == {1, 2}, {1, 2} == a, a <= {1, 2, 3})
graph = {frozenset({1, 2}): 5, frozenset({2, 3}): 7}
total = 0
for edge, w in graph.items():
    total += w
    print(sorted(edge), w)
print("total", total)
print(frozenset({1, 2}) in family)
print("plain set used as lookup key in a set:", {1, 2} in family)
try:
    print(graph[{1, 2}])
except TypeError as e:
    print("dict lookup with a set key, TypeError:", e)
