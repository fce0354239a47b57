from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    r: int = 1


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Circle(Point(x, y), r) if r > 5:
            return f"big circle at {x},{y}"
        case Circle(center, r=r):
            return f"circle {center} r={r}"
        case _:
            return "unknown"


for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(1, 2), 10), Circle(Point(0, 0))]:
    print(describe(s))
print(Circle.__match_args__)
