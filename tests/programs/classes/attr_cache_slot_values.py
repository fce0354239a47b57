# Attribute sites over __slots__ attributes: reads, stores and deletes through the same
# sites, for slotted classes, their subclasses with a __dict__, and unset slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

class Q(P):
    def __init__(self, x):
        super().__init__(x)
        self.z = x * 2

def get_x(o):
    return o.x

def set_y(o, v):
    o.y = v

objs = [P(1), Q(2), P(3)]
for rnd in range(2):
    print([get_x(o) for o in objs])
    for i, o in enumerate(objs):
        set_y(o, i + rnd)
    print([o.y for o in objs], objs[1].z, vars(objs[1]))
del objs[0].y
try:
    objs[0].y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del objs[0].y
except AttributeError as e:
    print("AttributeError:", e)
try:
    objs[0].w = 1
except AttributeError as e:
    print("AttributeError:", e)
objs[1].w = 5
print(objs[1].w, hasattr(objs[0], "__dict__"), hasattr(objs[1], "__dict__"))
made = [P(i) for i in range(50)]
print(sum(get_x(o) for o in made))
del made
print([get_x(P(i)) + get_x(Q(i)) for i in range(5)])
