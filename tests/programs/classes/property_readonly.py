# Tests a read-only property: setting or deleting it raises AttributeError (3.11 wording).
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def diameter(self):
        return self._r * 2


c = Circle(5)
print(c.radius, c.diameter)
try:
    c.radius = 10
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.diameter
except AttributeError as e:
    print(type(e).__name__, e)
print(c.radius)
c._r = 7
print(c.radius, c.diameter)
