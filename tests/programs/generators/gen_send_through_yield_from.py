# Tests that send() values pass through 'yield from' to the inner generator
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def outer():
    results = []
    for round_no in range(2):
        r = yield from inner()
        print("round", round_no, "inner returned", r)
        results.append(r)
    return results

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(None))
print(g.send(10))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("outer returned", e.value)
