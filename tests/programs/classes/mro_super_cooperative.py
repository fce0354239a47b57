# Tests cooperative super() in a diamond: every __init__ and method runs exactly once in MRO order.
def names(cls):
    out = []
    for k in cls.__mro__:
        out.append(k.__name__)
    return out


class Base:
    def __init__(self):
        self.trace = ["Base"]

    def act(self):
        return ["Base.act"]


class A(Base):
    def __init__(self):
        super().__init__()
        self.trace.append("A")

    def act(self):
        return ["A.act"] + super().act()


class B(Base):
    def __init__(self):
        super().__init__()
        self.trace.append("B")

    def act(self):
        return ["B.act"] + super().act()


class C(A, B):
    def __init__(self):
        super().__init__()
        self.trace.append("C")

    def act(self):
        return ["C.act"] + super().act()


print(names(C))
c = C()
print(c.trace)
print(c.act())
print(B().act(), A().trace)
