# Tests errors when __str__/__repr__ return non-strings and __iter__ returns a non-iterator.
class BadStr:
    def __str__(self):
        return 5

class BadRepr:
    def __repr__(self):
        return None

class BadIter:
    def __iter__(self):
        return 42

class IterReturnsIterable:
    def __iter__(self):
        return [1, 2]

def str_int():
    return str(BadStr())

def print_bad_str():
    print(BadStr())

def fstring_bad_str():
    return f"{BadStr()}"

def repr_none():
    return repr(BadRepr())

def list_repr_none():
    return str([BadRepr()])

def iter_int():
    return iter(BadIter())

def for_iter_int():
    for x in BadIter():
        pass

def iter_returns_list():
    return list(IterReturnsIterable())

cases = [str_int, print_bad_str, fstring_bad_str, repr_none, list_repr_none,
         iter_int, for_iter_int, iter_returns_list]
for f in cases:
    try:
        f()
        print(f.__name__, "no error")
    except Exception as e:
        print(f.__name__, "->", type(e).__name__, e)
