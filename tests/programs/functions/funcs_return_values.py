# Tests implicit None return, bare return, early return, and multiple return values.
def nothing():
    pass

def bare(x):
    if x:
        return
    return "fallthrough"

def multi():
    return 1, "two", [3]

def first_neg(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    return -1

def in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(nothing(), bare(1), bare(0))
a, b, c = multi()
print(a, b, c, multi())
print(first_neg([3, 4, -1, -2]), first_neg([1]))
print(in_finally())
print(repr(nothing()), nothing() is None)
