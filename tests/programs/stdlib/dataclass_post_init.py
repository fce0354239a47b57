from dataclasses import dataclass, field


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    calls: list = field(default_factory=list, init=False, repr=False)

    def __post_init__(self):
        self.area = self.w * self.h
        self.calls.append("post")


r = Rect(2, 3.5)
print(r, r.area, r.calls)
try:
    Rect(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Checked:
    n: int

    def __post_init__(self):
        if self.n < 0:
            raise ValueError(f"negative: {self.n}")


print(Checked(3))
try:
    Checked(-1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Counter:
    start: int = 0
    current: int = field(init=False, default=0)


c = Counter(5)
print(c, c.current)
