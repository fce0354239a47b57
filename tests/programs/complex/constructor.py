# complex(real=0, imag=0): numbers, complex parts (not in canonical form), keywords,
# __complex__ / __float__ / __index__ of classes, and CPython's TypeErrors.
class NS:
    def __init__(self, value):
        self.value = value

    def __complex__(self):
        return self.value


class Float2:
    def __init__(self, value):
        self.value = value

    def __float__(self):
        return self.value


class MyIndex:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


class MyInt:
    def __int__(self):
        return 42


class Evil(Exception):
    pass


class EvilComplex:
    def __complex__(self):
        raise Evil("from __complex__")


print(complex(), complex(10), complex(10.0), complex(10 + 0j), complex(1, 10), complex(1.0, 10.0), complex(True))
print(complex(3.14 + 0j, 0j), complex(0j, 3.14j), complex(0.0, 3.14j), complex(0j, 3.14), complex(1 + 2j, 3 + 4j))
print(complex(real=17, imag=23), complex(real=17 + 23j), complex(real=17 + 23j, imag=23), complex(imag=2))
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(NS(1 + 10j)), complex(NS(1 + 10j), 1))
print(complex(Float2(42.0)), complex(real=Float2(17.0), imag=Float2(23.0)), complex(MyIndex(42)), complex(123, MyIndex(42)))
z = 3.14 + 1j
print(complex(z) is z, complex(z, 0) is z)
bad = [(NS(None),), (NS(1.5),), (NS(1),), ({},), ({1: 2}, 1), (1, {1: 2}), (None,), (1, None), (b"1",), ([],),
       ("1", "1"), (1, "1"), ("1", 42), (Float2(None),), (MyIndex(2 ** 2000),), (123, MyIndex(2 ** 2000)),
       (MyInt(),), (123, MyInt()), (10 ** 400,), (1, 10 ** 400), (EvilComplex(),), (1, 2, 3)]
for args in bad:
    try:
        print(complex(*args))
    except (TypeError, OverflowError, Evil) as e:
        print(type(e).__name__, e)
for kwargs in [{"x": 1}, {"real": 1, "imag": 2, "x": 3}]:
    try:
        print(complex(**kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    complex(1, real=3)
except TypeError as e:
    print(e)
print(int.__name__, type(complex(1)), [complex(x) for x in (0, 1.5, -2, 10 ** 20)])
for f in [lambda: int(5 + 3j), lambda: float(5 + 3j), lambda: round(1j), lambda: 1j < 2j, lambda: sorted([2j, 1j])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
