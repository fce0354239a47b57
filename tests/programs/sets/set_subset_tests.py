# Tests subset/superset relations with <=, <, >=, > and issubset/issuperset
small = {1, 2}
big = {1, 2, 3}
print(small <= big, small < big, big >= small, big > small)
print(big <= big, big < big, big >= big, big > big)
print(small.issubset(big), big.issuperset(small))
print(small.issubset([1, 2, 5]), big.issuperset(range(1, 3)))
print(set() <= small, set() < set())
other = {2, 4}
print(other <= big, other >= small, other < big)
print(frozenset(small) < big, big > frozenset([3]))
print(sorted([{3}, {1, 2, 3}, {1}], key=len))
