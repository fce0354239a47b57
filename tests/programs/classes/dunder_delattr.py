# Tests __delattr__ intercepting `del obj.attr` and delattr().
class Protected:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.keep = 3

    def __delattr__(self, name):
        print("delattr", name)
        if name == "keep":
            raise AttributeError("cannot delete keep")
        object.__delattr__(self, name)


p = Protected()
del p.a
delattr(p, "b")
print(vars(p))
try:
    del p.keep
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.a
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(p))
