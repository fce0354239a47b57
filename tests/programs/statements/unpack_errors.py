# Tests the ValueError messages for failed (starred and plain) unpacking
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except ValueError as e:
        print(label, "ValueError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)

def plain_too_many():
    a, b = [1, 2, 3]

def plain_too_few():
    a, b, c = [1, 2]

def star_too_few():
    a, b, *c = [1]

def star_end_too_few():
    a, *b, c, d = (1, 2)

def not_iterable():
    a, *b = 5

def exact():
    a, *b, c = [1, 2]

attempt("plain_too_many", plain_too_many)
attempt("plain_too_few", plain_too_few)
attempt("star_too_few", star_too_few)
attempt("star_end_too_few", star_end_too_few)
attempt("not_iterable", not_iterable)
attempt("exact", exact)
