from dataclasses import dataclass, field


@dataclass
class Bag:
    name: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    size: int = field(default=3)


a = Bag("a")
b = Bag("b")
a.items.append(1)
a.counts["k"] = 2
print(a, b)
print(a.items is b.items, a.size, b.size)
c = Bag("c", [7, 8], size=9)
print(c)
print(Bag.size)
print("items" in Bag.__dict__)


def make():
    return [0] * 3


@dataclass
class Grid:
    cells: list = field(default_factory=make)
    label: str = "g"


g = Grid()
g.cells[1] = 5
print(g, Grid())
print(Grid.__init__.__defaults__)
