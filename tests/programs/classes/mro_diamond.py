# Tests the diamond inheritance pattern: MRO order and which override wins.
def names(cls):
    out = []
    for k in cls.__mro__:
        out.append(k.__name__)
    return out


class Base:
    def hello(self):
        return "Base"

    def only_base(self):
        return "only_base"


class Left(Base):
    def hello(self):
        return "Left"


class Right(Base):
    def hello(self):
        return "Right"

    def only_right(self):
        return "only_right"


class Diamond(Left, Right):
    pass


class Diamond2(Right, Left):
    pass


print(names(Diamond))
print(names(Diamond2))
d = Diamond()
print(d.hello(), d.only_right(), d.only_base())
print(Diamond2().hello())
print(Diamond.mro() == list(Diamond.__mro__))
