# Tests uncaught TypeError for + between a user object without __add__ and an int.
class C:
    def __init__(self, v):
        self.v = v


c = C(3)
print(c.v + 1)
print(isinstance(c, C))
c + 1
