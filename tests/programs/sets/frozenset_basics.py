# Tests frozenset: construction, immutability, operators, hashing and use as dict key and set member
fs = frozenset([3, 1, 2, 3])
print(fs)
print(frozenset())
print(len(fs), 2 in fs, 5 in fs)
print(fs | {9}, fs & {1, 2}, fs - {1})
print(isinstance(fs | {9}, frozenset), isinstance({9} | fs, frozenset))
print(fs == {1, 2, 3}, frozenset() == set())
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
d = {frozenset([1, 2]): "one-two", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
print(d.get(frozenset({1, 2})))
groups = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(groups))
print(frozenset([1, 2]) in {frozenset([2, 1]): 0})
