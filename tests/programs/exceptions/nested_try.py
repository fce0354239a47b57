# Nested try blocks and exceptions propagating through functions.
def level3(x):
    return 10 // x

def level2(x):
    try:
        return level3(x)
    except TypeError:
        print("level2 handles TypeError only")
        return -1

def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 caught", e)
        return 0
    finally:
        print("level1 finally")

print(level1(5))
print(level1(0))
print(level1("s"))
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("inner handler", e)
        raise KeyError("from handler")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer handler", repr(e))
try:
    try:
        [].pop()
    finally:
        print("cleanup without handler")
except IndexError as e:
    print("propagated:", e)
