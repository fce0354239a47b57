# Exception chaining: raise from, implicit context, and from None.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(text)) from e

try:
    parse("abc")
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)

def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("failed during handling")

try:
    implicit()
except ValueError as e:
    print(e, "| context:", type(e.__context__).__name__, e.__context__, "| cause:", e.__cause__)

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("clean") from None

try:
    suppressed()
except LookupError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
