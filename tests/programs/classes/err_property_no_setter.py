# Tests uncaught AttributeError when assigning to a read-only property (3.11 wording mentions 'no setter').
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c


t = Temp(20)
print(t.celsius)
t._c = 25
print(t.celsius)
t.celsius = 30
