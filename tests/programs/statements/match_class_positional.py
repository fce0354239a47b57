# Tests class patterns with positional sub-patterns via __match_args__
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal at {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2), (1, 2)]:
    print(where(p))

match Point(7, 8):
    case Point(a):
        print("one positional sub-pattern binds x:", a)
