# Tests class patterns with builtin types (int(x), str(), list(), dict(), bool before int)
def classify(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str of length {len(s)}"
        case list([]):
            return "empty list"
        case list([x, *_]):
            return f"list starting with {x}"
        case tuple():
            return "tuple"
        case dict():
            return "dict"
        case None:
            return "none"

for v in [True, -3, 7, 2.5, "abc", [], [9, 8], (1,), {"k": 1}, None]:
    print(repr(v), "->", classify(v))
