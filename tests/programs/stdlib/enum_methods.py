from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, p.mass, round(p.surface_gravity, 2))


class Op(Enum):
    ADD = "+"
    MUL = "*"

    def apply(self, a, b):
        if self is Op.ADD:
            return a + b
        return a * b

    @classmethod
    def parse(cls, s):
        return cls(s)

    @staticmethod
    def symbols():
        return [o.value for o in Op]

    def describe(self):
        return f"{self.name.lower()} ({self.value})"


print(Op.ADD.apply(2, 3), Op.MUL.apply(2, 3), Op.parse("*"), Op.symbols())
print([o.describe() for o in Op])


class Mood(Enum):
    HAPPY = 1
    SAD = 2

    def __str__(self):
        return self.name.title()

    def __repr__(self):
        return "Mood." + self.name


print(Mood.HAPPY, [Mood.SAD], f"{Mood.SAD}")
