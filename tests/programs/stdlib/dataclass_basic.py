from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
q = Point(x=3)
r = Point(1, y=2)
print(p, q, r)
print(repr(p), str(q))
print(p == r, p == q, p != q, p is r)
print(p.x, p.y, q.y)
p.x = 10
print(p)
print(Point.__init__.__qualname__, Point.__repr__.__name__)
print(Point.__hash__)
print(Point.__match_args__)
print(Point(1, 2) == (1, 2))


class Outer:
    @dataclass
    class Inner:
        name: str
        tags: tuple = ()


print(Outer.Inner("a"), Outer.Inner("b", ("x", "y")))


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty())
