# The context manager protocol: CPython 3.11's TypeErrors, __exit__ arguments, suppression,
# with inside generators and class bodies, and return/break/continue through __exit__.
class A: pass
class B:
    def __enter__(self): return 1
class C:
    def __exit__(self, *a): pass
for x in (A(), B(), C(), 5, None):
    try:
        with x as y:
            print("in")
    except Exception as e:
        print(type(e).__name__, e)

class D:
    def __init__(self, name, suppress=()):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None)
        return t in self.suppress

with D("a", (KeyError,)) as d, D("b"):
    raise KeyError("k")
print("after", d.name)

def f():
    with D("f"):
        return 7
print(f())

for i in range(3):
    with D(i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

def gen():
    with D("gen"):
        yield 1
        yield 2
print(list(gen()))

class K:
    with D("class body") as cm:
        attr = cm.name
print(K.attr)

class E:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with D("outer"), E():
        print("never")
except ValueError as e:
    print("caught", e)

class X:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): print("exit X", a[:2])
with X() as (p, [q, r]):
    print(p, q, r)
try:
    with X() as (p, q, r):
        pass
except ValueError as e:
    print("ValueError", e)

class Raiser:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Raiser():
        1 / 0
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
