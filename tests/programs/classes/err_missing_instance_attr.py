# Tests uncaught AttributeError when reading a missing instance attribute.
class C:
    def __init__(self):
        self.a = 1


c = C()
print(c.a)
c.b = 2
print(c.b)
print(hasattr(c, "x"))
print(c.x)
