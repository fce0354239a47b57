# Tests a recursive generator that flattens arbitrarily nested lists and tuples
def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj

data = [1, [2, [3, [4, [5]]]], (6, 7), [], [[[]]], "str stays", 8]
print(list(flatten(data)))
print(sum(x for x in flatten([[1, 2], [3, [4, 5]]])))

def depth_gen(n):
    if n == 0:
        yield "bottom"
        return 0
    got = yield from depth_gen(n - 1)
    yield f"level {n}"
    return got + 1

g = depth_gen(3)
vals = []
while True:
    try:
        vals.append(next(g))
    except StopIteration as e:
        print(vals, "depth", e.value)
        break
