# Tests __getattr__ delegating missing attributes/methods to a wrapped object.
class Engine:
    def __init__(self):
        self.hp = 300

    def start(self):
        return "vroom"


class Car:
    def __init__(self, name):
        self.name = name
        self.engine = Engine()

    def __getattr__(self, name):
        print("delegating", name)
        return getattr(self.engine, name)


c = Car("zoom")
print(c.name)
print(c.hp)
print(c.start())
m = c.start
print(m())
try:
    c.wings
except AttributeError as e:
    print(type(e).__name__, e)
