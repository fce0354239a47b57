# Tests multiple inheritance: method lookup follows the C3 MRO, left base wins.
def names(cls):
    out = []
    for k in cls.__mro__:
        out.append(k.__name__)
    return out


class Flyer:
    def move(self):
        return "fly"

    def fly_speed(self):
        return 10


class Swimmer:
    def move(self):
        return "swim"

    def swim_speed(self):
        return 3


class Duck(Flyer, Swimmer):
    pass


class Penguin(Swimmer, Flyer):
    def fly_speed(self):
        return 0


d = Duck()
p = Penguin()
print(names(Duck))
print(names(Penguin))
print(d.move(), d.fly_speed(), d.swim_speed())
print(p.move(), p.fly_speed(), p.swim_speed())
print(Duck.__bases__[0].__name__, Duck.__bases__[1].__name__, len(Duck.__bases__))
print(isinstance(d, Swimmer), isinstance(p, Flyer))
