# Tests caught TypeError messages for keyword argument problems.
def f(a, b=2):
    return a
def g(a, *, k, m=0):
    return a
def h(a, b, /, c):
    return a
def kw(**k):
    return k

def attempt(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print(label, "-> ok")
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

attempt("f(1, z=1)", f, 1, z=1)
attempt("f(1, a=1)", f, 1, a=1)
attempt("f(1, 2, b=3)", f, 1, 2, b=3)
attempt("f(b=1)", f, b=1)
attempt("g(1)", g, 1)
attempt("g()", g)
attempt("g(1, 2, k=3)", g, 1, 2, k=3)
attempt("g(1, k=1, j=2)", g, 1, k=1, j=2)
attempt("h(a=1, b=2, c=3)", h, a=1, b=2, c=3)
attempt("h(1, b=2, c=3)", h, 1, b=2, c=3)
attempt("h(1, 2)", h, 1, 2)
attempt("kw(1)", kw, 1)
attempt("kw(a=1)", kw, a=1)
