# Tests the shared-mutable-class-attribute pitfall versus per-instance lists created in __init__.
class Shared:
    log = []

    def add(self, x):
        self.log.append(x)


class Own:
    def __init__(self):
        self.log = []

    def add(self, x):
        self.log.append(x)


a = Shared()
b = Shared()
a.add(1)
b.add(2)
print(a.log, b.log, Shared.log)
c = Own()
d = Own()
c.add(1)
d.add(2)
print(c.log, d.log)
a.log = a.log + [3]
print(a.log, b.log, Shared.log)
b.log += [4]
print(b.log, Shared.log, "log" in vars(b))
