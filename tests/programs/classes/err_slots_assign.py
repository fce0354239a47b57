# Tests uncaught AttributeError when assigning a non-slot attribute on a __slots__ class.
class P:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


p = P(1)
p.x = 2
print(p.x)
p.y = 3
