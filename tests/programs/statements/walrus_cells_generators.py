# Assignment expressions binding cells, ints in loops, globals from comprehensions and generator expressions, and yield results.
def outer():
    def inner():
        return v
    if (v := 3):
        return inner()
print(outer())
def ints(n):
    s = 0
    i = 0
    while (i := i + 1) < n:
        s += i
    return s, i
print(ints(10))
print([t for t in range(5) if (u := t) > 2], u)
print(sum((w := k) for k in range(4)), w)
def gen():
    while (nxt := (yield)) is not None:
        print("got", nxt)
g = gen(); next(g); g.send(1); g.send(2)
