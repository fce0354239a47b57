# A class deriving from dict reaches dict's own methods through super() and
# dict.method(self, …), whatever it overrides (from CPython's Lib/test/test_descr.py,
# test_python_dicts): the table's functions never dispatch back to the subclass.
class C(dict):
    state = -1

    def __init__(self, *a, **kw):
        if a:
            self.state = a[0]
        for k, v in list(kw.items()):
            self[v] = k

    def __getitem__(self, key):
        return self.get(key, 0)

    def __setitem__(self, key, value):
        if not isinstance(key, int):
            raise TypeError("int keys only")
        dict.__setitem__(self, key, value)


a1 = C(12)
a2 = C(foo=1, bar=2)
print(a1.state, a2[1], a2[2], a2, C()[42])
a = C()
a[42] = 24
print(a[42], a[7], dict.__getitem__(a, 42), len(a), dict.__len__(a), dict.__repr__(a), a == {42: 24})
try:
    a["x"] = 1
except TypeError as e:
    print("TypeError", e)


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.upper())

    def __contains__(self, k):
        return super().__contains__(k.upper())

    def __len__(self):
        return super().__len__() * 10

    def keys(self):
        return sorted(super().keys())

    def update(self, other):
        for k, v in other.items():
            self[k] = v


u = Upper()
u["b"] = 1
u["a"] = 2
u.update({"c": 3})
print(u["a"], "c" in u, "C" in u, len(u), u.keys(), list(u), super(Upper, u).keys(), dict.keys(u))
print(u.get("A"), u.pop("B"), dict.__contains__(u, "b"), u.setdefault("D", 4), sorted(u.items()), u.copy())
print(type(u.copy()).__name__, type(u | {}).__name__, type({} | u).__name__, u.__or__(u) == u)
dict.__init__(u, z=26)
super(Upper, u).update(y=25)
print(sorted(dict.items(u)), dict.__eq__(u, dict(u)), dict.__ne__(u, {}))
it = iter(u)
print(next(it), list(reversed(u))[:2], dict.__iter__(u) is not None)


class Counted(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.created = True


c = Counted([("a", 1)], b=2)
print(c, c.created, Counted.fromkeys("xy", 0), type(Counted.fromkeys("x")).__name__)
