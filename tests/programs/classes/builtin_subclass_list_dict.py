# Classes deriving from list and dict: builtin behaviour, instance attributes, overrides, super() to the builtin.
class OC(list):
    pass
o = OC()
o.append(3); o.append(1); o.append(2)
print(o, len(o), o[0], o[-1], 3 in o, list(o), sorted(o))
o.remove(1); print(o.pop(0), o)
for x in OC([5, 6]): print(x)
print(type(o).__name__, isinstance(o, list), isinstance(o, OC), o == [2], OC([1]) == OC([1]), bool(OC()))
o.name = "n"; print(o.name, o.__dict__)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"
s = Stack(); s.push(1); s.push(2); print(s.peek(), s, len(s), s + [3])
class D(dict):
    def __missing__(self, k):
        return 0
d = D(a=1); d["b"] = 2; print(d, d["a"], len(d), list(d.items()), d.get("z", 9))
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
i = Init(3); print(i, i.n)
try:
    hash(o)
except TypeError as e:
    print(e)
try:
    OC(1, 2)
except TypeError as e:
    print(e)
print(o * 2, o[0:1], type(o[0:1]).__name__)
class E(Exception):
    def __str__(self):
        return "E: " + super().__str__()
print(E("boom"), repr(E("x")))
class P:
    def __repr__(self):
        return "P" + super().__repr__()[:3]
print(P())
class L(list):
    def append(self, x):
        super().append(x * 10)
l = L(); l.append(1); l.append(2); print(l)
class DD(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
