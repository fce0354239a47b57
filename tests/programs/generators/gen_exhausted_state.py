# Tests that an exhausted generator keeps raising StopIteration and yields nothing more
def gen():
    yield 1
    return "finished"

g = gen()
print(next(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("attempt", attempt, "StopIteration value:", repr(e.value))
print(list(g))
print(sum(g))
for x in g:
    print("never", x)
print("a second generator object is fresh:", list(gen()))
