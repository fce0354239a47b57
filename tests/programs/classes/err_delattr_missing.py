# Tests uncaught AttributeError from delattr with a run-time name that does not exist.
class C:
    def __init__(self):
        self.a = 1
        self.b = 2


c = C()
delattr(c, "a")
print(vars(c))
name = "zz" + "z"
print(hasattr(c, name))
delattr(c, name)
