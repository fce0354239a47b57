# Tests TypeError messages for unsupported binary and in-place operators on user classes.
class C:
    pass

class D:
    pass

class OnlyAdd:
    def __add__(self, other):
        return NotImplemented

def add_int():
    return C() + 1

def radd_int():
    return 1 + C()

def sub_objs():
    return C() - D()

def mul_str():
    return C() * "s"

def truediv():
    return C() / 2

def floordiv():
    return 2 // C()

def mod():
    return C() % C()

def power():
    return C() ** 2

def iadd():
    c = C()
    c += 1

def imul():
    c = C()
    c *= C()

def notimpl_add():
    return OnlyAdd() + OnlyAdd()

cases = [add_int, radd_int, sub_objs, mul_str, truediv, floordiv, mod, power,
         iadd, imul, notimpl_add]
for f in cases:
    try:
        f()
        print(f.__name__, "no error")
    except TypeError as e:
        print(f.__name__, "->", type(e).__name__, e)
