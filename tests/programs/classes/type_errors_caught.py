# Tests many TypeError cases involving user classes, caught and printed as type(e).__name__, e.
class C:
    pass

class E:
    def __eq__(self, other):
        return True

class Reader:
    def __getitem__(self, i):
        return i

def not_iterable():
    for x in C():
        pass

def not_subscriptable():
    return C()[0]

def no_item_assignment():
    r = Reader()
    r[0] = 1

def no_item_deletion():
    r = Reader()
    del r[0]

def not_callable():
    return C()()

def unhashable():
    return hash(E())

def no_len():
    return len(C())

def not_iterator():
    return next(C())

def in_not_iterable():
    return 1 in C()

def not_context_manager():
    with C():
        pass

def raise_non_exception():
    raise C()

cases = [not_iterable, not_subscriptable, no_item_assignment, no_item_deletion,
         not_callable, unhashable, no_len, not_iterator,
         in_not_iterable, not_context_manager, raise_non_exception]
for f in cases:
    try:
        f()
        print(f.__name__, "no error")
    except TypeError as e:
        print(f.__name__, "->", type(e).__name__, e)
