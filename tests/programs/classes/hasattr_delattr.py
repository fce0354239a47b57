# Tests hasattr and delattr on instances and classes, with instance attribute shadowing a class attribute.
class Thing:
    kind = "class-kind"

    def __init__(self):
        self.size = 3
        self.kind = "instance-kind"


t = Thing()
print(hasattr(t, "size"), hasattr(t, "kind"), hasattr(t, "color"))
print(t.kind)
delattr(t, "kind")
print(hasattr(t, "kind"), t.kind)
name = "si" + "ze"
delattr(t, name)
print(hasattr(t, "size"))
try:
    delattr(t, "size")
except AttributeError as e:
    print(type(e).__name__, e)
delattr(Thing, "kind")
print(hasattr(t, "kind"), hasattr(Thing, "kind"))
setattr(t, "color", "red")
print(hasattr(t, "color"), t.color)
print(hasattr(Thing, "__init__"), hasattr(t, "__class__"))
