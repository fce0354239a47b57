# match: CPython 3.11's TypeErrors for class patterns (too many positional sub-patterns, a non-type).
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Q: pass
for subj, note in [(P(1,2), "3pos"), (5, "int2"), (Q(), "q1")]:
    try:
        match subj:
            case P(a, b, c): pass
            case int(a, b): pass
            case Q(a): pass
    except TypeError as e:
        print(note, e)
try:
    match 1:
        case len(): pass
except TypeError as e: print(e)
