# Tests catching many user-defined exceptions and printing type(e).__name__, e, and e.args for each.
class BaseErr(Exception):
    pass

class NoMsg(BaseErr):
    pass

class WithInit(BaseErr):
    def __init__(self, code):
        super().__init__(f"code={code}")
        self.code = code

class WithStr(BaseErr):
    def __str__(self):
        return "custom str"

class FromValue(ValueError):
    pass

def r1():
    raise NoMsg

def r2():
    raise NoMsg()

def r3():
    raise WithInit(7)

def r4():
    raise WithStr("ignored", 1)

def r5():
    raise FromValue("bad value")

def r6():
    raise BaseErr(1, 2, 3)

def r7():
    raise BaseErr("")

def r8():
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise WithInit(8) from e

for f in [r1, r2, r3, r4, r5, r6, r7, r8]:
    try:
        f()
    except BaseErr as e:
        print(f.__name__, type(e).__name__, repr(str(e)), e.args, type(e.__cause__).__name__)
    except Exception as e:
        print(f.__name__, "non-BaseErr:", type(e).__name__, e, e.args)
