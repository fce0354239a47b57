# The "as" name is unbound after the except block; exceptions in else/finally.
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("after except:", err)

def else_raises():
    try:
        value = 1
    except ValueError:
        print("not reached")
    else:
        raise KeyError("raised in else")

try:
    else_raises()
except KeyError as k:
    print("from else:", k)

def finally_replaces():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")

try:
    finally_replaces()
except Exception as x:
    print(type(x).__name__, x, "| context:", repr(x.__context__))
