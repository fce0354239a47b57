# Corner cases that must raise (or not) exactly as in CPython.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
def big(): return str(10 ** 5000)
def pct(): return "%s %s" % (1,)
def fmt(): return "{:>{}}".format(1)
def mixed(): return sorted([1, "a"])
def mutate():
    d = {1: 2}
    for k in d:
        d[k + 1] = 3
def biglen(): return len(range(10 ** 20))
def negrep(): return [1] * -5
def idx(): return "abc"[10 ** 30]
def chrbig(): return chr(0x110000)
def intbase(): return int("z", 37)
def powmod(): return pow(2, -1, 7)
def fl(): return float("1e400")
def rnd(): return round(float("inf"))
attempt("big", big)
attempt("pct", pct)
attempt("fmt", fmt)
attempt("mixed", mixed)
attempt("mutate", mutate)
attempt("biglen", biglen)
attempt("negrep", negrep)
attempt("idx", idx)
attempt("chrbig", chrbig)
attempt("intbase", intbase)
attempt("powmod", powmod)
attempt("fl", fl)
attempt("rnd", rnd)
