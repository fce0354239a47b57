# Tests vars(obj) and obj.__dict__: instance attribute dicts, insertion order, and live mutation.
class Conf:
    default = 1

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def method(self):
        return 0


class Empty:
    pass


c = Conf(1, "two")
print(vars(c))
print(c.__dict__)
print(vars(c) is c.__dict__)
c.z = [3]
c.a = 100
print(vars(c))
c.__dict__["injected"] = "via dict"
print(c.injected)
d = vars(c)
del d["b"]
print(hasattr(c, "b"), list(vars(c).keys()))
print(vars(Empty()))
print("default" in vars(Conf), "method" in vars(Conf), "a" in vars(Conf))
for k, v in vars(c).items():
    print(k, "=", v)
