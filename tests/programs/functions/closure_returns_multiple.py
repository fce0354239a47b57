# Tests closures returned in tuples and dicts and called later.
def make_stack():
    data = []
    def push(x):
        data.append(x)
    def pop():
        return data.pop()
    def size():
        return len(data)
    return push, pop, size

push, pop, size = make_stack()
for v in [10, 20, 30]:
    push(v)
print(size(), pop(), size())

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5))
print(compose(dbl, inc)(5))
print(compose()(7))
print(compose(inc, inc, inc, dbl)(0))
