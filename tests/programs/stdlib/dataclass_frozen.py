from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0


c = Coord(1.5, 2.5)
print(c)
try:
    c.lat = 3.0
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del c.lon
except AttributeError as e:
    print(repr(e))
try:
    c.other = 1
except FrozenInstanceError as e:
    print(e)
print(hash(c) == hash((1.5, 2.5)), hash(Coord(1.5, 2.5)) == hash(c))
s = {c, Coord(1.5, 2.5), Coord(0.0)}
print(len(s))
d = {Coord(1.0): "one"}
print(d[Coord(1.0, 0.0)])
print(c == Coord(1.5, 2.5), c.lat + c.lon)
