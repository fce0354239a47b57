# Catching builtin exceptions and printing str/repr/args/type name.
def report(e):
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

try:
    1 / 0
except ZeroDivisionError as e:
    report(e)
try:
    [1, 2, 3][10]
except IndexError as e:
    report(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    report(e)
try:
    int("x")
except ValueError as e:
    report(e)
try:
    "a" + 1
except TypeError as e:
    report(e)
try:
    undefined_name_here
except NameError as e:
    report(e)
try:
    "text".no_such_method()
except AttributeError as e:
    report(e)
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    report(e)
try:
    assert False
except AssertionError as e:
    report(e)
print("done")
