# Tests uncaught TypeError when __add__ returns NotImplemented and the other side has no __radd__.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented


s = Meters(1) + Meters(2)
print(s.v)
print("adding a string")
Meters(1) + "x"
