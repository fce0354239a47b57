# Tests a three-level chain mixing __context__ and __cause__ in the uncaught traceback
def level1():
    return 1 / 0

def level2():
    try:
        level1()
    except ZeroDivisionError:
        raise ValueError("level2 failed")

def level3():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("level3 failed") from e

print("starting")
level3()
