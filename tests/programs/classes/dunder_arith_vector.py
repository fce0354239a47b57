# Tests __add__, __sub__, __mul__ (scalar), __neg__, __abs__, __eq__ on a 2D vector class.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, -a)
print(abs(b), abs(Vec(0, 0)))
print(a + b * 2 - Vec(1, 1))
print(a + b == Vec(4, 6), -(-a) == a)
c = a
c = c + b
print(a, c)
