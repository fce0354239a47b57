from dataclasses import dataclass


@dataclass
class Vec:
    x: float
    y: float

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @classmethod
    def zero(cls):
        return cls(0, 0)

    @property
    def swapped(self):
        return Vec(self.y, self.x)


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), Vec.zero(), v.swapped)
obj = Vec(0, 0)
Vec.__init__(obj, 5, 6)
print(obj)
init = v.__init__
init(7, 8)
print(v, Vec.__repr__(v), Vec.__eq__(v, Vec(7, 8)), Vec.__eq__(v, 3))
print(type(Vec.__init__).__name__, Vec.__init__.__name__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f"Custom<{self.a}>"

    def __eq__(self, other):
        return isinstance(other, Custom) and abs(self.a - other.a) < 2


print(Custom(1), Custom(1) == Custom(2), Custom(1) == Custom(5))
print([Vec(i, i) for i in range(3)])
