# Tests __cause__, __context__ and __suppress_context__ values set by raise, raise from and raise from None
def show(label, e):
    print(label, repr(e))
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress_context:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    show("implicit", e)

try:
    try:
        [][0]
    except IndexError as ie:
        raise ValueError("explicit") from ie
except ValueError as e:
    show("explicit", e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from none") from None
except ValueError as e:
    show("from None", e)

try:
    raise ValueError("no chain")
except ValueError as e:
    show("plain", e)

try:
    raise RuntimeError("outside") from KeyError("not raised")
except RuntimeError as e:
    show("from unraised", e)
