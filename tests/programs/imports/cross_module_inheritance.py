import mod_base_classes
from mod_base_classes import Shape, Rect


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Triangle(mod_base_classes.Shape):
    sides = 3

    def __init__(self, b, h):
        super().__init__("triangle")
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


for s in [Rect(2, 3), Square(4), Triangle(6, 2)]:
    print(s.describe())
    print(str(s), isinstance(s, Shape), type(s).__module__)
print(Shape.registry)
print([c.__name__ for c in Square.__mro__])
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(issubclass(Square, mod_base_classes.Rect))
