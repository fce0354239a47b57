# __missing__ on dict subclasses, from CPython's Lib/test/test_dict.py (test_missing):
# d[k] and dict.__getitem__ call a subclass's __missing__ for an absent key; get(),
# `in` and the views do not; an instance attribute named __missing__ has no effect.
print(hasattr(dict, "__missing__"), hasattr({}, "__missing__"))


class D(dict):
    def __missing__(self, key):
        return 42


d = D({1: 2, 3: 4})
print(d[1], d[3], 2 in d, 2 in d.keys(), d[2], d.get(2), len(d))
print(dict.__getitem__(d, 5), d.__getitem__(6), super(D, d).__getitem__(7))


class E(dict):
    def __missing__(self, key):
        raise RuntimeError(key)


try:
    E()[42]
except RuntimeError as e:
    print("E", type(e).__name__, e.args)


class F(dict):
    def __init__(self):
        self.__missing__ = lambda key: None


try:
    F()[42]
except KeyError as e:
    print("F", type(e).__name__, e.args)


class G(dict):
    pass


try:
    G()[42]
except KeyError as e:
    print("G", type(e).__name__, e.args)


class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

    def __getitem__(self, key):
        # super().__getitem__ is dict's own: it still calls __missing__.
        return super().__getitem__(key)


c = Counter()
for w in "abracadabra":
    c[w] = c[w] + 1
print(sorted(c.items()), c["zz"], "zz" in c)


class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


g = Default(list)
g["x"].append(1)
g["x"].append(2)
g["y"].append(3)
print(g, type(g).__name__)
try:
    {}[(1,)]
except KeyError as e:
    print("tuple key", e.args)
