# Tests the default object repr/str format '<__main__.C object at 0x...>' without printing addresses.
class C:
    pass


class D(C):
    pass


obj = C()
r = repr(obj)
print(r.startswith("<__main__.C object at 0x"), r.endswith(">"))
s = str(obj)
print(s == r)
r2 = repr(D())
print(r2.startswith("<__main__.D object at 0x"), r2.endswith(">"))
print(repr(obj) == repr(obj), repr(C()) == r)
f = f"{obj}"
print(f == r)
cr = repr(C)
print(cr)
print(repr(D), str(C))
