# Tests __slots__: slot attributes work, no __dict__, non-slot assignment raises AttributeError.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = P(3, -4)
print(p.x, p.y, p.norm1())
p.x = 10
print(p.norm1())
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"), hasattr(p, "z"))
q = P(0, 0)
del q.y
try:
    print(q.y)
except AttributeError as e:
    print(type(e).__name__, e)
q.y = 9
print(q.y, P.__slots__)
