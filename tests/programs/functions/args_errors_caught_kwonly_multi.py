# Tests caught TypeError messages listing several missing keyword-only and positional arguments.
def f(a, b, c, *, x, y, z):
    return a

def attempt(label, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, "-> ok")
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

attempt("()")
attempt("(1)", 1)
attempt("(1, 2)", 1, 2)
attempt("(1, 2, 3)", 1, 2, 3)
attempt("(1, 2, 3, x=0)", 1, 2, 3, x=0)
attempt("(1, 2, 3, x=0, y=0)", 1, 2, 3, x=0, y=0)
attempt("(1, 2, 3, x=0, y=0, z=0)", 1, 2, 3, x=0, y=0, z=0)
attempt("(1, 2, 3, 4, x=0, y=0, z=0)", 1, 2, 3, 4, x=0, y=0, z=0)
attempt("(c=1, x=0, y=0, z=0)", c=1, x=0, y=0, z=0)
