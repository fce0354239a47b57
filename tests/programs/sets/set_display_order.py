# Iteration order of set displays, constructors and operations follows CPython's table.
print({100, 3, 17, 8, 1000, 5})
x = [100, 3, 17, 8, 1000, 5]
a, b, c, d, e, f = x
print({a, b, c, d, e, f})
print({*x})
print({*x, 64, *range(40, 44)})
print(set(x), frozenset(x))
print({-1, -2, 7, 2**40, 2**61, 2**64})
print({"apple", "banana", "cherry", "date", "elderberry"})
print({(1, 2), (3, 4), (5, 6), True, 2.5})
s = set(range(50))
for i in range(0, 50, 3):
    s.discard(i)
s |= {200, 300, 64, 128}
print(s)
print(s.pop(), s.pop(), s.pop())
print(sorted(s - {1, 2, 4, 5}) == sorted(set(s).difference([1, 2, 4, 5])))
print({1, 2, 3} ^ {3, 4, 5}, {1, 2, 3} & {2, 3, 4}, {1, 2} | {9, 17, 33})
print({i * 7 % 13 for i in range(30)})
print(set("mississippi"), frozenset("abracadabra") == set("abracadabra"))
print(hash(frozenset({1, 2, 3})) == hash(frozenset([3, 2, 1])), hash(frozenset()))
print({frozenset({1, 2}): "a", frozenset({2, 1}): "b"})
print(set([1, 2, 3]).union([4], (5,), {6}), {1, 2, 3}.intersection([2, 3], (3, 2, 9)))
print({1, 2, 3}.difference([1], [2]), {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3})
print({1.0, 1, True}, {0, False, 0.0}, {1} == {1.0}, set() == frozenset())
t = {1, 2, 3}
try:
    for v in t:
        t.add(v + 10)
except RuntimeError as ex:
    print("RuntimeError:", ex)
try:
    {[1, 2]}
except TypeError as ex:
    print("TypeError:", ex)
print({1, 2} in [{2, 1}], {3} in {frozenset({3})}, {1, 2}.isdisjoint([3, 4]))
u = {1, 2, 3}
u -= {2}
u &= {1, 3, 5}
u ^= {9}
print(u, repr(set()), repr(frozenset()), frozenset({frozenset()}))
