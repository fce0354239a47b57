# Tests __setattr__ intercepting all assignments and storing via object.__setattr__ / super().
class Audited:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print(f"setattr {name}={value!r}")
        if name.startswith("_"):
            raise AttributeError("private names not allowed")
        super().__setattr__(name, value)


class Upper:
    def __setattr__(self, name, value):
        if isinstance(value, str):
            value = value.upper()
        object.__setattr__(self, name, value)


a = Audited(1)
a.y = "two"
setattr(a, "z", 3)
print(vars(a))
try:
    a._hidden = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(a, "_hidden"))
u = Upper()
u.name = "ann"
u.n = 5
print(u.name, u.n, vars(u))
