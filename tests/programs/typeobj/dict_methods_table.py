# dict's methods and operator dunders as its table declares them, from CPython's
# Lib/test/test_dict.py and test_descr.py: class methods, methods used as functions,
# slot wrappers called directly, unbound calls, argument errors, and vars(dict).
print(dict.fromkeys("abc", 0), dict.fromkeys("abc"), {}.fromkeys((4, 5), 0), dict.fromkeys([]))


def g():
    yield 1


print(dict.fromkeys(g()), dict.fromkeys({1: 2, 3: 4}, "v"), dict.fromkeys(range(3)))


class dictlike(dict):
    pass


print(type(dictlike.fromkeys("a")).__name__, type(dictlike().fromkeys("a")).__name__, dictlike.fromkeys("ab", 1))


class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)


print(Logged.fromkeys("xy", 7))
f = dict.fromkeys
print(type(f).__name__, f("q"))

prices = {"apple": 3, "pear": 1, "fig": 2}
print(sorted(prices, key=prices.get), max(prices, key=prices.get), list(map({1: "a"}.get, [1, 2])))
print({}.__len__(), {1: 2}.__len__(), dict.__len__({1: 2, 3: 4}))
d = {"a": 1, "b": 2}
print(dict.__getitem__(d, "a"), d.__contains__("b"), dict.__contains__(d, "z"), d.__getitem__("b"))
print({1: 2}.__or__({3: 4}), {}.__or__([]), {1: 2}.__ror__({1: 3, 5: 6}), dict.__or__(d, d))
e = {"x": 1}
print(e.__ior__([("y", 2)]), e, dict.__ior__(e, {"z": 3}) is e)
print({}.__eq__([]), {}.__lt__({}), {1: 2}.__eq__({1: 2}), {1: 2}.__ne__({1: 3}), {}.__hash__)
print(list(d.__iter__()), list(d.__reversed__()), list(reversed(d.items())), dict.__repr__(d))
d.__setitem__("c", 3)
d.__delitem__("a")
print(d, dict.get(d, "c"), dict.keys(d), dict.pop(d, "zz", "dflt"), dict.setdefault(d, "n", []))
print(dict.popitem(d), dict.copy(d), dict.update(d, {"q": 1}, r=2), d)
dict.__init__(d, [("s", 5)], t=6)
print(d, dict[int, str], d.__class_getitem__(int))
print(sorted(vars(dict)))
print(type(dict.__dict__["fromkeys"]).__name__, type(dict.__dict__["get"]).__name__,
      type(dict.__dict__["__len__"]).__name__, type(dict.__dict__["__getitem__"]).__name__)

cases = [
    lambda: dict.get([], 1), lambda: dict.keys(1), lambda: dict.__len__([]), lambda: dict.__contains__([], 1),
    lambda: dict.get(), lambda: dict.__dict__["fromkeys"](list, "ab"), lambda: dict.__dict__["fromkeys"]("x", "ab"),
    lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.get(k=1), lambda: {}.keys(1), lambda: {}.pop(),
    lambda: {}.popitem(1), lambda: {}.update(1, 2), lambda: {}.popitem(), lambda: dict.fromkeys(),
    lambda: dict.fromkeys(1, 2, 3), lambda: dict.fromkeys(3), lambda: {}.__getitem__(),
    lambda: {}.__getitem__("k"), lambda: {}.__ior__(1), lambda: dict(1, 2), lambda: dict([1]),
    lambda: dict.__init__([]), lambda: {}.__reversed__(1), lambda: dict.__new__(list),
]
for c in cases:
    try:
        print(c())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
