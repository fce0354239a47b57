# Tests reflected operators __radd__ and __rmul__, including sum() starting from int 0.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        print("__radd__ with", o)
        return self.__add__(o)

    def __mul__(self, k):
        return Meters(self.v * k)

    def __rmul__(self, k):
        print("__rmul__ with", k)
        return Meters(self.v * k)

    def __repr__(self):
        return f"{self.v}m"


a = Meters(3)
print(a + 2)
print(2 + a)
print(a * 4)
print(4 * a)
print(sum([Meters(1), Meters(2), Meters(3)]))
print(sum([Meters(1)], Meters(100)))
