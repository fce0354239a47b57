# set and frozenset as their tables declare them, from CPython's Lib/test/test_set.py:
# the methods on both types, the operator dunders (NotImplemented for non-sets), the
# in-place ones, __init__ refilling a set, unbound calls and argument errors.
word, other = "simsalabim", "madagascar"
for T in set, frozenset:
    s = T(word)
    print(T.__name__, sorted(s.union(other)), sorted(s.intersection(other)), sorted(s.difference(other)))
    print(sorted(s.symmetric_difference(other)), s.isdisjoint("xyz"), s.issubset(word + "q"), s.issuperset("sim"))
    print(type(s.union()).__name__, type(s.copy()).__name__, s.copy() is s, sorted(T("abcba").union("cdc", ["z"])))
    print(T("abcba").intersection("cbcf", "bag"), T("ab").difference("a", "b"), T.__len__(s), s.__contains__("m"))
    print(s.__or__("ab"), s.__and__([1]), s.__or__(T("xy")) == set(word + "xy"), T("ab").__rsub__({"a", "z"}))
    print(type(T("a").__ror__({"b"})).__name__, type(T("a").__or__({"b"})).__name__, T("ab").__xor__(frozenset("bc")))
    print(T.__reduce__(T([1, 2])), T.__eq__(T(), set()), T().__lt__([]), T("a").__le__(frozenset("ab")))
    print(sorted(vars(T)))
print(hash(frozenset()) == frozenset.__hash__(frozenset()), set.__hash__, frozenset(frozenset("ab")) == {"a", "b"})

s = set("abc")
s.__init__("xy")
print(sorted(s))
s.__init__()
print(s)
t = set("simsalabim")
t |= t
t &= t
print(sorted(t))
t -= t
print(t)
u = {1, 2}
print(u.__ior__([3]), u.__ior__({3}), u, u.__iand__({1, 3, 9}) is u, u, u.__isub__(frozenset([1])), u.__ixor__({5}))
v = {1}
v |= frozenset([2])
v ^= {2, 3}
v -= {1}
print(v, {frozenset([1])}.__contains__({1}))
u = {1, 2}
u.update([3], (4,), {5: 6})
u.intersection_update(range(10), [1, 2, 3, 4, 5, 9])
u.difference_update([1], {2})
u.symmetric_difference_update([4, 7])
print(u, u.pop(), u)
print({1}.__class_getitem__(int), frozenset[str])

cases = [
    lambda: set([], 2), lambda: set().__init__(a=1), lambda: set().__init__(1), lambda: set(a=1),
    lambda: frozenset(a=1), lambda: frozenset(1, 2), lambda: set().add(), lambda: set().add(1, 2),
    lambda: set().union(a=1), lambda: frozenset().union(a=1), lambda: set().pop(1), lambda: set().pop(),
    lambda: set().isdisjoint(), lambda: set.add(frozenset(), 1), lambda: frozenset.copy(set()),
    lambda: set.__len__([]), lambda: {1}.remove(2), lambda: {1}.__contains__([]), lambda: set().issubset(1),
    lambda: {1} | [1], lambda: [1] - {1}, lambda: set.__new__(list),
]
for c in cases:
    try:
        print(c())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
