# Values sent and thrown through chains of yield from, and generators resumed while
# a delegate runs.
def leaf():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            total = -100
            continue
        if x is None:
            return total
        total += x

def middle(depth):
    if depth == 0:
        r = yield from leaf()
    else:
        r = yield from middle(depth - 1)
    return r + 1

g = middle(5)
print(next(g))
for v in (1, 2, 3):
    print(g.send(v))
print(g.throw(ValueError("x")))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def inner():
    yield 1
    try:
        next(outer_gen)
    except ValueError as e:
        yield str(e)

def outer():
    yield from inner()
    yield "done"

outer_gen = outer()
print(list(outer_gen))

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")

def wrapper():
    try:
        yield from closing()
    finally:
        print("outer closed")

w = wrapper()
print(next(w))
w.close()

def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(sum(tree(10)), list(tree(3)))
