# Tests that sending a non-None value to a just-started generator raises TypeError
def echo():
    while True:
        received = yield
        print("echo:", received)

g = echo()
try:
    g.send(42)
except TypeError as e:
    print("TypeError:", e)

print("after failed send, priming with None:", g.send(None))
g.send("hello")
g.send([1, 2])

g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print("again:", e)
next(g2)
g2.send("works now")
