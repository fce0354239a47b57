from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color, repr(Color), type(Color.RED))
print(list(Color))
print(len(Color), [c.name for c in Color], [c.value for c in reversed(Color)])
print(Color.RED is Color.RED, Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != Color.BLUE)
print(Color.RED == 1, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(type(Color.RED) is Color, Color.RED.__class__.__name__)
print(f"{Color.RED}", f"[{Color.GREEN!r}]", str(Color.BLUE), "%s" % Color.RED)
print(format(Color.RED, ">12") + "|", f"{Color.GREEN:<10}|")
print(Color.__name__, Color.__qualname__, Color._member_names_)
print(bool(Color.RED), Color.RED.value + 10)
m = Color.GREEN
if m is Color.GREEN:
    print("green it is")


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    PAIR = (1, 2)


print(list(Status), Status.PAIR.value, Status.ACTIVE.value.upper())
