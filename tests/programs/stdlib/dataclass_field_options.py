from dataclasses import dataclass, field


@dataclass(order=True)
class User:
    name: str
    password: str = field(repr=False)
    visits: int = field(default=0, compare=False)
    note: str = field(default="", repr=False, compare=False)


a = User("ann", "secret", 3)
b = User("ann", "secret", 9, "vip")
print(a, b)
print(a == b, a < User("bob", "x"), User("ann", "a") < User("ann", "b"))


@dataclass(repr=False, eq=False)
class Raw:
    v: int


r = Raw(1)
print(repr(r).startswith("<__main__.Raw object at"), r == Raw(1))


@dataclass(init=False)
class Manual:
    v: int = 4

    def __init__(self, text):
        self.v = len(text)


print(Manual("hello"))
print(field(default=1).default, field().init)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
