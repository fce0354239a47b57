# __context__ is set when an exception is raised (and cycles are cut), and an
# `except ... as name` binding is removed however the handler is left.
try:
    raise ValueError("a")
except ValueError as a:
    try:
        raise TypeError("b")
    except TypeError as b:
        try:
            raise a
        except ValueError:
            print(repr(b.__context__), repr(a.__context__))
def f():
    try:
        try:
            raise ValueError("v")
        except ValueError as e:
            raise TypeError
    except TypeError:
        pass
    print(e)
try:
    f()
except UnboundLocalError as u:
    print("UnboundLocalError", u)
for i in range(3):
    try:
        1 / 0
    except ZeroDivisionError as z:
        break
try:
    print(z)
except NameError as n:
    print("NameError", n)
def g():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("inner")
try:
    try:
        raise OSError("outer")
    except OSError:
        g()
except ValueError as v:
    print(repr(v.__context__), repr(v.__context__.__context__))
