# Tests that 'return value' in a generator is carried by StopIteration.value
def gen_with_return(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total

g = gen_with_return(4)
while True:
    try:
        print("yielded", next(g))
    except StopIteration as e:
        print("returned", e.value)
        break

def no_return():
    yield 1

g2 = no_return()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("value without return:", e.value)

def returns_tuple():
    yield "only"
    return (1, "two")

g3 = returns_tuple()
next(g3)
try:
    next(g3)
except StopIteration as e:
    print("tuple value:", e.value, e.args)
