# match: every pattern kind, nested, guards, star captures, mapping rest, class keywords, values.
class Color:
    RED = 1
    GREEN = 2
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def describe(v):
    match v:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case Color.RED:
            return "never: 1 matched above"
        case -1.5:
            return "minus one and a half"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} inside)"
        case (a, b, *rest):
            return f"pair-ish {a} {b} rest={rest}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **others}:
            return f"shape {t} with {sorted(others)}"
        case Point3(x, y, z=0):
            return f"flat point3 {x},{y}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point with x={px}"
        case int(n) if n > 100:
            return f"big int {n}"
        case str(s):
            return f"string {s!r}"
        case {}:
            return "some other mapping"
        case _:
            return f"other {type(v).__name__}"
for v in [0, 2, 3, -1.5, "hi", "yo", None, True, [], (), [7], [1, 2, 3, 4, 5, 6], (1, 2), [1, 2, 3],
          {"type": "circle", "r": 2}, {"type": "square", "side": 3, "color": "red"}, {"x": 1},
          Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 0), Point(4, 4), Point(4, 5), 1000, 50, 2.5,
          range(2), "abc", 3.0]:
    print(repr(v) if not isinstance(v, Point) else type(v).__name__, "->", describe(v))
def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return "going " + direction
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
for c in ["go north", "go west", "take sword shield", "take", "exit", ""]:
    print(repr(c), nested(c))
match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [1, {"b": (x, y)}]}:
        print("deep", x, y)
