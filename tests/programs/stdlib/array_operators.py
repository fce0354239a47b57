# Operators on arrays: comparisons (item by item, across typecodes), +, *, += and *=
# (in place), hash (unhashable), and the TypeErrors CPython gives for the rest.
from array import array

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = array("b", [1, 2, 3])
b = array("b", [1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == array("b", [1, 2, 3]))
print(a == array("h", [1, 2, 3]), a == [1, 2, 3], a != [1, 2, 3], array("b") == array("d"))
print(array("b", [1, 2]) < array("b", [1, 2, 0]), array("B", [200]) == array("b", [-56]))
print(a + b, a * 2, 2 * a, a * 0, a * -1, a * True)
c = a
c += array("b", [9])
print(c is a, a)
c *= 2
print(c is a, a)
print(array("d") + array("d", [0.5]), array("d", [1]) * 3)

attempt("hash", lambda: hash(a))
attempt("set key", lambda: {a: 1})
attempt("+ kind", lambda: a + array("h"))
attempt("+ list", lambda: a + [1])
attempt("list +", lambda: [1] + a)
attempt("* float", lambda: a * 1.5)
attempt("* array", lambda: a * a)
attempt("str *", lambda: "x" * a)
attempt("* huge", lambda: a * 10**30)
attempt("-", lambda: a - a)
attempt("<", lambda: a < [1])
attempt("int <", lambda: 5 < a)

def iadd_list():
    x = array("b")
    x += [1]

def iadd_kind():
    x = array("b")
    x += array("d")

def imul_str():
    x = array("b")
    x *= "s"

attempt("+= list", iadd_list)
attempt("+= kind", iadd_kind)
attempt("*= str", imul_str)
print(a)
