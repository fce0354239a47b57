# Tests that the value of 'yield from' is the subgenerator's return value
def sub(label, n):
    for i in range(n):
        yield f"{label}{i}"
    return n * 100

def delegator():
    r1 = yield from sub("a", 2)
    print("sub a returned", r1)
    r2 = yield from sub("b", 3)
    print("sub b returned", r2)
    r3 = yield from [7, 8]
    print("list delegation gives", r3)
    return r1 + r2

g = delegator()
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as e:
        print("delegator returned", e.value)
        break
print(items)
