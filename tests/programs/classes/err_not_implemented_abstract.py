# Tests uncaught NotImplementedError from an abstract-style base method not overridden by a subclass.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Blob(Shape):
    pass


print(Square(3).area())
Blob().area()
