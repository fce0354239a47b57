# Tests TypeError messages for unsupported ordering comparisons and unary operators on user classes.
class C:
    pass

class D:
    pass

def lt():
    return C() < D()

def le():
    return C() <= 1

def gt():
    return "a" > C()

def ge():
    return C() >= C()

def neg():
    return -C()

def pos():
    return +C()

def absolute():
    return abs(C())

def min_objs():
    return min(C(), C())

def max_list():
    return max([D(), D()])

def eq_ok():
    c = C()
    print("eq ok:", c == c, C() == C(), c != D())

cases = [eq_ok, lt, le, gt, ge, neg, pos, absolute, min_objs, max_list]
for f in cases:
    try:
        f()
        print(f.__name__, "no error")
    except TypeError as e:
        print(f.__name__, "->", type(e).__name__, e)
