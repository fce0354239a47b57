# Tests the value of a yield expression: sent value vs None from next()
def probe():
    a = yield "first"
    print("a =", repr(a))
    b = yield "second"
    print("b =", repr(b))
    c = yield "third"
    print("c =", repr(c))
    return "end"

g = probe()
print(next(g))
print(g.send("sent-1"))
print(next(g))
try:
    g.send(99)
except StopIteration as e:
    print("stopped with", e.value)

def doubler():
    x = 0
    while True:
        x = (yield x * 2) or 0

d = doubler()
print(next(d), d.send(3), d.send(10), next(d))
