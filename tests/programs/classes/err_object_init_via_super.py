# Tests uncaught TypeError from super().__init__(arg) reaching object.__init__ with an extra argument.
class Base:
    pass


class C(Base):
    def __init__(self, v):
        print("C.__init__ with", v)
        super().__init__(v)
        self.v = v


print(Base.__init__ is object.__init__)
C(5)
