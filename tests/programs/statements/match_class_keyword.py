# Tests class patterns with keyword sub-patterns and mixing positional with keyword
class Box:
    __match_args__ = ("kind",)

    def __init__(self, kind, size, label=None):
        self.kind = kind
        self.size = size
        self.label = label

def describe(b):
    match b:
        case Box(size=0):
            return "empty box"
        case Box("gift", label=None):
            return "unlabeled gift"
        case Box("gift", label=text):
            return f"gift labeled {text}"
        case Box(kind=k, size=s) if s > 10:
            return f"big {k} box ({s})"
        case Box(k, size=s):
            return f"{k} box of size {s}"

print(describe(Box("tool", 0)))
print(describe(Box("gift", 3)))
print(describe(Box("gift", 3, "Happy")))
print(describe(Box("food", 20)))
print(describe(Box("food", 2)))

match Box("x", 1):
    case Box(missing=1):
        print("attribute that does not exist matched?")
    case Box():
        print("Box() with no sub-patterns matches any Box")
