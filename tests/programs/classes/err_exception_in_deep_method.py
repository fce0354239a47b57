# Tests an uncaught builtin exception (KeyError) raised deep inside chained method calls.
class Registry:
    def __init__(self):
        self.data = {"a": 1}

    def lookup(self, k):
        return self.data[k]


class Service:
    def __init__(self):
        self.reg = Registry()

    def value(self, k):
        return self.reg.lookup(k) * 10


s = Service()
print(s.value("a"))
print(s.value("b"))
