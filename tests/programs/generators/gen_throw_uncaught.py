# Tests throw() with an exception the generator does not catch: it propagates and the generator finishes
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally in gen")

g = gen()
print(next(g))
try:
    g.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated:", e)
print(next(g, "exhausted"))

def unstarted():
    print("body never runs")
    yield 1

u = unstarted()
try:
    u.throw(IndexError("before start"))
except IndexError as e:
    print("thrown into unstarted generator:", e)
print(list(u))
