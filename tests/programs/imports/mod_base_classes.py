class Shape:
    sides = 0
    registry = []

    def __init__(self, name):
        self.name = name
        Shape.registry.append(name)

    def describe(self):
        return self.name + " with " + str(self.sides) + " sides, area " + str(self.area())

    def area(self):
        raise NotImplementedError("area not implemented for " + type(self).__name__)

    def __str__(self):
        return "Shape<" + self.name + ">"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h
