# Tests bound methods stored in variables/lists, and calling unbound methods via the class.
class Counter:
    def __init__(self, start):
        self.n = start

    def inc(self):
        self.n += 1
        return self.n

    def add(self, k):
        self.n += k
        return self.n


c1 = Counter(0)
c2 = Counter(100)
f = c1.inc
g = c2.add
print(f(), f(), g(5))
ops = [c1.inc, c2.inc, c1.add]
print(ops[0](), ops[1](), ops[2](10))
print(Counter.inc(c2), Counter.add(c1, 1))
print(c1.n, c2.n)
print(f.__self__ is c1, f.__name__)
print(f == c1.inc, f == c2.inc)
