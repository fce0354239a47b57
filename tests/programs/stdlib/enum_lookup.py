from enum import Enum


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape(2), Shape(1), Shape(Shape.CIRCLE))
print(Shape["CIRCLE"], Shape["ALIAS_FOR_SQUARE"])
print(getattr(Shape, "DIAMOND"), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
try:
    Shape(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Shape("2")
except ValueError as e:
    print("ValueError:", e)
try:
    Shape["TRIANGLE"]
except KeyError as e:
    print("KeyError:", e, repr(e))
names = ["SQUARE", "CIRCLE"]
print([Shape[n].value for n in names], [Shape(v).name for v in (1, 2, 3)])


class Text(Enum):
    A = "a"
    NONE = None


print(Text("a"), Text(None))
try:
    Text("b")
except ValueError as e:
    print("ValueError:", e)
