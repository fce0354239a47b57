# Tests caught TypeError messages for wrong positional argument counts.
def f0():
    return 0
def f1(a):
    return a
def f2(a, b):
    return a
def f3d(a, b=1, c=2):
    return a
def fs(a, *args):
    return a

def attempt(label, fn, *args):
    try:
        fn(*args)
        print(label, "-> ok")
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

attempt("f0(1)", f0, 1)
attempt("f0(1, 2)", f0, 1, 2)
attempt("f1()", f1)
attempt("f1(1, 2)", f1, 1, 2)
attempt("f2()", f2)
attempt("f2(1)", f2, 1)
attempt("f2(1, 2, 3)", f2, 1, 2, 3)
attempt("f3d()", f3d)
attempt("f3d(1, 2, 3, 4)", f3d, 1, 2, 3, 4)
attempt("fs()", fs)
attempt("fs(1, 2, 3)", fs, 1, 2, 3)
attempt("lambda()", lambda x, y: x)
attempt("lambda(1,2,3)", lambda: 0, 1, 2, 3)
