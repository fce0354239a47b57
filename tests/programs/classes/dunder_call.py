# Tests __call__ making instances callable, with state and positional/keyword arguments.
class Adder:
    def __init__(self, base):
        self.base = base
        self.calls = 0

    def __call__(self, x, scale=1):
        self.calls += 1
        return (self.base + x) * scale


class Pipeline:
    def __init__(self, steps):
        self.steps = steps

    def __call__(self, value):
        for s in self.steps:
            value = s(value)
        return value


add5 = Adder(5)
print(add5(1), add5(2, scale=10), add5(x=0))
print(add5.calls)
p = Pipeline([Adder(1), Adder(10), add5])
print(p(0))
print(add5.calls)
fs = [Adder(100), add5]
for f in fs:
    print(f(1))
print(Pipeline([p, p])(1))
