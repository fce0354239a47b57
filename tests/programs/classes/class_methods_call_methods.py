# Tests methods calling other methods on self, and methods returning self for chaining.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def describe(self):
        return f"Rect {self.w}x{self.h} area={self.area()} perim={self.perimeter()}"

    def scale(self, k):
        self.w = self.w * k
        self.h = self.h * k
        return self

    def is_square(self):
        return self.w == self.h


r = Rect(2, 3)
print(r.describe())
print(r.scale(2).describe())
print(r.scale(1).scale(3).area())
print(r.is_square(), Rect(5, 5).is_square())
m = r.area
print(m())
r.w = 1
print(m())
print(Rect.area(Rect(4, 4)))
