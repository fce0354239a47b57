from dataclasses import dataclass, field


@dataclass
class P:
    x: int
    y: int
    z: int = 0


def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: P())
attempt(lambda: P(1))
attempt(lambda: P(1, 2, 3, 4))
attempt(lambda: P(1, 2, w=3))
attempt(lambda: P(1, 2, x=3))
attempt(lambda: P(y=2))


@dataclass
class Q:
    self: int
    other: str = "o"


print(Q(1), Q(self=2))
attempt(lambda: Q())
