# One attribute site seeing instances of many classes (more than a site remembers).
class Base:
    def __init__(self, n):
        self.n = n
    def kind(self):
        return "base"

class C1(Base):
    def kind(self):
        return "c1"
class C2(Base):
    pass
class C3(C1):
    def kind(self):
        return "c3:" + super().kind()
class C4(Base):
    kind = staticmethod(lambda: "static")
class C5(Base):
    @classmethod
    def kind(cls):
        return "class " + cls.__name__
class C6(Base):
    @property
    def n(self):
        return "prop"
    @n.setter
    def n(self, v):
        self._n = v
class C7(Base):
    def __init__(self, n):
        self.kind = lambda: "instance attr"
        self.n = n * 2

objs = [cls(i) for i, cls in enumerate([Base, C1, C2, C3, C4, C5, C6, C7])]
for rnd in range(3):
    print([o.kind() for o in objs])
    print([o.n for o in objs])
    for o in objs:
        try:
            o.n = rnd
        except AttributeError as e:
            print("error", e)
    print([getattr(o, "_n", None) for o in objs])
