# Tests a class-attribute counter incremented in __init__ via the class name and via type(self).
class Widget:
    count = 0

    def __init__(self, label):
        Widget.count += 1
        self.id = Widget.count
        self.label = label


class Gadget:
    created = 0

    def __init__(self):
        type(self).created = type(self).created + 1


class SubGadget(Gadget):
    pass


w1 = Widget("a")
w2 = Widget("b")
w3 = Widget("c")
print(Widget.count, w1.id, w2.id, w3.id)
print(w1.count, w3.count)
g1 = Gadget()
g2 = Gadget()
print(Gadget.created)
s = SubGadget()
s2 = SubGadget()
print(Gadget.created, SubGadget.created)
print("created" in vars(SubGadget))
