# Tests user exceptions deriving from builtin subclasses (ValueError, KeyError, LookupError) and catching them as such.
class BadColor(ValueError):
    pass


class MissingItem(KeyError):
    pass


class Deep(BadColor):
    pass


for exc in [BadColor("red?"), MissingItem("k"), Deep("deep"), LookupError("lk")]:
    try:
        raise exc
    except ValueError as e:
        print("ValueError branch:", type(e).__name__, e)
    except LookupError as e:
        print("LookupError branch:", type(e).__name__, e)
names = []
for k in Deep.__mro__:
    names.append(k.__name__)
print(names)
print(str(MissingItem("k")), str(MissingItem("a", "b")))
