# Tests the TypeError when a class pattern has more positional sub-patterns than __match_args__
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
match p:
    case Point(a, b):
        print("two positional ok:", a, b)

match p:
    case Point(a, b, c):
        print("unreachable")
