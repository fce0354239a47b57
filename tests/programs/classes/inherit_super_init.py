# Tests super().__init__(...) passing arguments up a chain and extending base state.
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base.__init__"]


class Mid(Base):
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        self.log.append("Mid.__init__")


class Leaf(Mid):
    def __init__(self, name, level, extra):
        self.extra = extra
        super().__init__(name, level)
        self.log.append("Leaf.__init__")


class NoInit(Mid):
    pass


x = Leaf("leaf", 3, [1, 2])
print(x.name, x.level, x.extra)
print(x.log)
y = NoInit("n", 1)
print(y.name, y.level, y.log)
print(vars(x))
