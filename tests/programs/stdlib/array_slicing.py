# Slices of arrays: reading gives an array of the same typecode; assigning takes an
# array of the same typecode (extended slices of the same size); del removes items.
from array import array

def setitem(a, k, v):
    a[k] = v

def delitem(a, k):
    del a[k]

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = array("i", range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[1:8:3], a[5:2], a[100:])
print(type(a[1:3]).__name__, a[1:3].typecode)

b = array("i", range(10))
b[2:4] = array("i", [70, 71, 72])
print(b)
b[:2] = array("i")
print(b)
b[5:1] = array("i", [-1])
print(b)
b[::3] = array("i", [0, 0, 0, 0])
print(b)
b[::-4] = array("i", [5, 5, 5])
print(b)
b[:] = b
print(b)
c = array("b", [1, 2])
c[1:1] = c
print(c)

d = array("d", [float(x) for x in range(10)])
del d[0]
del d[-1]
print(d)
del d[::3]
print(d)
del d[1:3]
print(d)
del d[::-2]
print(d)
del d[5:]
print(d)

e = array("b", [1, 2, 3])
attempt("step zero", lambda: e[::0])
attempt("bad slice", lambda: e["a":])
attempt("assign list", lambda: setitem(e, slice(0, 1), [1]))
attempt("assign kind", lambda: setitem(e, slice(0, 1), array("h", [1])))
attempt("extended size", lambda: setitem(e, slice(None, None, 2), array("b", [1])))
attempt("del index", lambda: delitem(e, 3))
attempt("del key", lambda: delitem(e, "k"))
print(e)
