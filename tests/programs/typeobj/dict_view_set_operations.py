# Dict views as sets, from CPython's Lib/test/test_dictviews.py: & | - ^ with views,
# sets, frozensets and any iterable (results are sets), isdisjoint, comparisons with
# sets, and what dict_values does not have.
d1 = {'a': 1, 'b': 2}
d2 = {'b': 3, 'c': 2}
d3 = {'d': 4, 'e': 5}
d4 = {'d': 4}
k1, k2, k3, k4 = d1.keys(), d2.keys(), d3.keys(), d4.keys()
print(k1 & k1, k1 & k2, k1 & k3, k1 & set(k2), k1 & tuple(k1), k3 & k4, k4 & k3)
print(type(k4 & frozenset(k3)).__name__, type(frozenset(k3) & k4).__name__)
print(type(k1 & []).__name__, type([] & k1).__name__, ["b", "q"] & k1)
print(sorted(k1 | k2), sorted(k1 | set(k3)), sorted(k1 | (1, 2), key=str), sorted((1, 2) | k1, key=str))
print(k1 ^ k1, sorted(k1 ^ k2), sorted(k1 ^ tuple(k2)), sorted(["a", "z"] ^ k1))
print(k1 - k1, k1 - k2, sorted(k1 - (0, 1)), ["a", "q"] - k1, {"a", "z"} - k1)
print(k1.isdisjoint(k1), k1.isdisjoint(list(k2)), k1.isdisjoint({"x"}), k1.isdisjoint({}), {}.keys().isdisjoint([1]))

i1 = d1.items()
i2 = {'a': 2, 'b': 2}.items()
print(sorted(i1 & i1), i1 & i2, i1 & set(i2), sorted(i1 | i2), sorted(i1 ^ i2), i1 - i2)
print(sorted(i1 ^ d3.items()), i1.isdisjoint(i2), i1.isdisjoint(["x"]))

origin = {1: 2, 3: 4}
print(origin.keys() & iter([1, 2]), origin.keys() | iter([1, 2]), origin.keys() ^ iter([1, 2]))
print(origin.keys() - iter([1, 2]), origin.items() ^ iter([(1, 2)]), origin.items() - iter([(1, 2)]))

# Comparisons: views equal sets and other views with the same elements.
d = {1: 10, "a": "ABC"}
print(d.keys() == {1, "a"}, d.keys() != {1, "b"}, d.keys() == 42, {1, "a"} == d.keys())
print(d.items() == {(1, 10), ("a", "ABC")}, d.keys() < {1, "a", "z"}, {1} < d.keys(), d.keys() >= {1})
print({(1, 1): 11, (2, 2): 22}.keys() == {1: 1, 2: 2}.items(), d.values() == d.values())
# The slot wrappers called directly.
print(k1.__and__(["a"]), k1.__rand__(("b",)), k1.__or__(()), k1.__sub__({"a"}), k1.__xor__(k1))
print(k1.__eq__([]), k1.__eq__({"a", "b"}), k1.__lt__(k2), type(k1).__and__(k1, k2))

for label, f in [("keys & 1", lambda: k1 & 1), ("items | 1", lambda: i1 | 1), ("1 - keys", lambda: 1 - k1),
                 ("values & values", lambda: d.values() & d.values()), ("keys < list", lambda: k1 < ["a"]),
                 ("hash", lambda: hash(k1)), ("unhashable", lambda: {"k": [1]}.items() & {"k": [1]}.items()),
                 ("dict_keys()", lambda: type(k1)())]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
print(hasattr(d.values(), "__and__"), hasattr(d.values(), "isdisjoint"), d.keys().mapping["a"], len(d.items().mapping))
