# Tests KeyError/IndexError/StopIteration raised from user container dunders, caught and printed.
class Table:
    def __init__(self):
        self.rows = {"a": 1}

    def __getitem__(self, k):
        return self.rows[k]

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(f"Seq index {i} out of range")
        return i

class Once:
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration("exhausted")
        self.done = True
        return "value"

def key_missing():
    return Table()["zz"]

def index_missing():
    return Seq()[7]

def next_exhausted():
    o = Once()
    next(o)
    next(o)

class Key:
    def __init__(self, k):
        self.k = k

    def __repr__(self):
        return f"Key({self.k!r})"

def dict_of_objects():
    d = {Key("x"): 1}
    return d[Key("x")]

print(list(Seq()), list(Once()))
for f in [key_missing, index_missing, next_exhausted, dict_of_objects]:
    try:
        f()
        print(f.__name__, "no error")
    except LookupError as e:
        print(f.__name__, "->", type(e).__name__, e)
    except StopIteration as e:
        print(f.__name__, "->", type(e).__name__, e, e.args)
