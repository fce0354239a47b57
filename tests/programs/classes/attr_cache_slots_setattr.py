# Stores through an attribute site respect __slots__, __setattr__ and properties,
# including ones that appear after the site has run.
class P:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

class Q:
    def __init__(self):
        self.a = 1

def store(o, v):
    o.a = v
    return o.a

def store_b(o, v):
    o.b = v
    return o.b

p, q = P(), Q()
print(store(p, 2), store(q, 3))
print(store_b(p, 4), store_b(q, 5))
try:
    p.c = 1
except AttributeError as e:
    print("AttributeError:", e)

log = []
def tracing_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)
Q.__setattr__ = tracing_setattr
print(store(q, 6), log)
del Q.__setattr__
print(store(q, 7), log)
Q.a = property(lambda self: "from property")
try:
    store(q, 8)
except AttributeError as e:
    print("AttributeError:", e)
print(q.a)
del Q.a
print(store(q, 9))
