def countdown(n):
    while n > 0:
        yield n
        n -= 1


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


def pairs(items):
    yield from zip(items, items[1:])


squares = (x * x for x in range(5))
