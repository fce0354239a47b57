# Tests polymorphic method dispatch over a list of different subclass instances.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Tri(Shape):
    def __init__(self, b, h):
        super().__init__("triangle")
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h / 2


shapes = [Square(3), Tri(4, 5), Shape("blob"), Square(1)]
for s in shapes:
    print(s.describe())
total = 0
for s in shapes:
    total += s.area()
print(total)
print(max(shapes, key=Shape.area).name)
