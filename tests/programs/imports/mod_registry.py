_registry = {}
total = 0


def register(name):
    def deco(fn):
        _registry[name] = fn
        return fn
    return deco


def run(name, *args):
    global total

    def bump():
        global total
        total += 1
    bump()
    return _registry[name](*args)


def names():
    return sorted(_registry)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances

    @classmethod
    def how_many(cls):
        return cls.instances

    @staticmethod
    def label(n):
        return "counter#" + str(n)

    @property
    def tag(self):
        return Counter.label(self.id)
