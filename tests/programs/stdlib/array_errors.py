# array.array's constructor and subscript errors, worded as CPython words them.
import array
from array import array as A

def setitem(a, k, v):
    a[k] = v

def delitem(a, k):
    del a[k]

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("bad typecode", lambda: A("x"))
attempt("two chars", lambda: A("bb"))
attempt("empty typecode", lambda: A(""))
attempt("int typecode", lambda: A(1))
attempt("no args", lambda: A())
attempt("three args", lambda: A("b", [1], 3))
attempt("keyword", lambda: A("b", initializer=[1]))
attempt("str init", lambda: A("b", "abc"))
attempt("int init", lambda: A("b", 5))
attempt("None init", lambda: A("d", None))
attempt("float items", lambda: A("i", A("d", [1.0])))
a = A("l", [5, 6, 7])
attempt("index", lambda: a[3])
attempt("negative index", lambda: a[-4])
attempt("huge index", lambda: a[10**30])
attempt("str index", lambda: a["0"])
attempt("float index", lambda: a[1.0])
attempt("assign index", lambda: setitem(a, 3, 1))
attempt("assign key", lambda: setitem(a, None, 1))
attempt("attribute", lambda: a.size)
attempt("set typecode", lambda: setattr(a, "typecode", "d"))
attempt("set method", lambda: setattr(a, "append", None))
attempt("set other", lambda: setattr(a, "other", 1))
attempt("len int", lambda: len(A("b", [1, 2])))
attempt("call", lambda: a())
print(a)
