# Tests generators defined inside functions that capture enclosing variables
def make_counter_gen(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen

by3 = make_counter_gen(3)
by5 = make_counter_gen(5)
print(list(by3(4)), list(by5(4)))

def filtered(pred):
    def gen(items):
        for x in items:
            if pred(x):
                yield x
    return gen

evens = filtered(lambda x: x % 2 == 0)
print(list(evens(range(11))))

def accumulate(items):
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    for x in items:
        yield add(x)

print(list(accumulate([1, 2, 3, 4, 5])))
