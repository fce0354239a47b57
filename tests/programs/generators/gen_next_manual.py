# Tests driving a generator manually with next() until StopIteration
def three():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")
    yield 3
    print("after 3")

g = three()
print("created")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration, value =", e.value)
