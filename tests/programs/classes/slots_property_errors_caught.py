# Tests AttributeError messages from __slots__ and read-only/no-deleter properties, caught and printed.
class S:
    __slots__ = ("s",)

class P:
    def __init__(self):
        self._v = 1

    @property
    def ro(self):
        return self._v

    @property
    def rw(self):
        return self._v

    @rw.setter
    def rw(self, v):
        self._v = v

def slot_not_set():
    return S().s

def slot_bad_assign():
    S().other = 1

def slot_del_unset():
    del S().s

def property_set():
    P().ro = 5

def property_del():
    del P().ro

def property_rw_del():
    del P().rw

def property_rw_set():
    p = P()
    p.rw = 9
    print("rw set ok:", p.rw)

cases = [slot_not_set, slot_bad_assign, slot_del_unset, property_set,
         property_del, property_rw_del, property_rw_set]
for f in cases:
    try:
        f()
        print(f.__name__, "no error")
    except AttributeError as e:
        print(f.__name__, "->", type(e).__name__, e)
