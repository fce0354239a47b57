# Tests infinite generators consumed with early break and with next()
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print("first square over 50 from", n)
        break

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for i, f in zip(range(12), fib()):
    out.append(f)
print(out)

g = naturals(1000)
print([next(g) for _ in range(3)])

def cycle(items):
    while True:
        for x in items:
            yield x

c = cycle("xyz")
print("".join(next(c) for _ in range(8)))
