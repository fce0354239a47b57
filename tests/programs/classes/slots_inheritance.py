# Tests __slots__ with inheritance: a subclass without __slots__ gets a __dict__ again.
class Base:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


class Strict(Base):
    __slots__ = ("b",)

    def __init__(self):
        super().__init__()
        self.b = 2


class Loose(Base):
    pass


s = Strict()
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
lo = Loose()
lo.c = 3
print(lo.a, lo.c, vars(lo))
print(hasattr(s, "__dict__"), hasattr(lo, "__dict__"))
