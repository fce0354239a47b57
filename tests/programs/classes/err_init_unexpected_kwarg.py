# Tests uncaught TypeError for passing an unknown keyword argument to __init__.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


p = Point(1, y=5)
print(p.x, p.y)
Point(x=1, z=3)
