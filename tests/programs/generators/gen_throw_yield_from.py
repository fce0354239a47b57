# Tests that throw() is forwarded through 'yield from' to the inner generator
def inner():
    try:
        yield "inner-1"
        yield "inner-2"
    except ZeroDivisionError:
        print("inner caught ZeroDivisionError")
        yield "inner-recovered"
    return "inner-done"

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "outer-after"
    except KeyError:
        print("outer caught KeyError")
        yield "outer-recovered"

g = outer()
print(next(g))
print(g.throw(ZeroDivisionError))
print(next(g))

g2 = outer()
print(next(g2))
print(g2.throw(KeyError("x")))
print(next(g2, "end"))
