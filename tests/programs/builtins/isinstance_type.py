# isinstance with builtin types and tuples; type(x).__name__ and type(x) is T.
values = [1, 2.0, "s", True, None, [1], (1,), {"a": 1}, 2 ** 80, -0.0]
for v in values:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (float, str)), isinstance(v, (list, tuple, dict)))
print(isinstance(True, int), type(True) is int, type(True) is bool)
print(type(1) is int, type(1.0) is float, type("") is str, type([]) is list)
print(type(()) is tuple, type({}) is dict, type(None) is type(None))
print(type(2 ** 100) is int, isinstance(2 ** 100, int))
print(isinstance(1, (str, (list, int))))
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (float,)):
        return "float"
    if isinstance(x, str):
        return "str of length " + str(len(x))
    return "other " + type(x).__name__
for v in [True, 5, 5.0, "five", [5], None]:
    print(describe(v))
