PI_ISH = 3.14
counter = 0


def square(x):
    return x * x


def cube(x):
    return x * x * x


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"
