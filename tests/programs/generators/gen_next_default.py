# Tests next(g, default) returning the default once a generator is exhausted
def two():
    yield "x"
    yield "y"

g = two()
print(next(g, "done"))
print(next(g, "done"))
print(next(g, "done"))
print(next(g, None))
print(next(g, 0))

def empty():
    return
    yield

print(next(empty(), "empty-default"))
it = iter([10, 20])
print(next(it, -1), next(it, -1), next(it, -1))
