# Tests properties inherited by subclasses and a subclass overriding a property.
class Base:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def label(self):
        return "base"


class Child(Base):
    @property
    def label(self):
        return "child of " + super().label


class Grand(Child):
    @property
    def area(self):
        return super().area * 10


for obj in [Base(2, 3), Child(2, 3), Grand(2, 3)]:
    print(type(obj).__name__, obj.area, obj.label)
g = Grand(1, 1)
g.w = 4
print(g.area)
