# Tests 'yield from' delegating to lists, ranges, strings and other generators
def inner(n):
    for i in range(n):
        yield i * 10

def outer():
    yield "begin"
    yield from [1, 2]
    yield from range(3, 5)
    yield from "ab"
    yield from inner(3)
    yield "end"

print(list(outer()))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), {"k": 0}, inner(2))))
