# Tests throw() into a generator that catches the exception and keeps yielding
def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("caught inside:", e)
            n = 100

g = resilient()
print(next(g))
print(next(g))
print("throw returns", g.throw(ValueError("reset")))
print(next(g))
print(next(g))

def catch_once():
    try:
        yield 1
    except KeyError as e:
        print("handled KeyError", e)
    yield 2
    yield 3

g2 = catch_once()
print(next(g2))
print(g2.throw(KeyError("k")))
print(list(g2))
