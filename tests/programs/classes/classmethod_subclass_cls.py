# Tests that cls in a classmethod is the subclass when called on a subclass or its instance.
class Shape:
    sides = 0

    @classmethod
    def make(cls):
        return cls()

    @classmethod
    def name(cls):
        return cls.__name__ + " with " + str(cls.sides) + " sides"


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4

    @classmethod
    def name(cls):
        return "square! " + super().name()


for k in [Shape, Triangle, Square]:
    obj = k.make()
    print(type(obj).__name__, k.name(), obj.name())
print(Triangle().make().sides)
m = Square.name
print(m())
