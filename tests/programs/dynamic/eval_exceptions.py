# Exceptions raised inside eval'd code are caught by compiled try/except.
def safe_eval(src, env):
    try:
        return "ok " + repr(eval(src, env))
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)
    except KeyError as e:
        return "KeyError: " + str(e)
    except IndexError as e:
        return "IndexError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)

env = {"d": {"a": 1}, "xs": [1, 2, 3], "zero": 0}
tests = [
    "10 / 4",
    "10 / zero",
    "10 // zero",
    "10 % zero",
    "1.5 / 0.0",
    "d['a']",
    "d['missing']",
    "xs[1]",
    "xs[10]",
    "'a' + 1",
    "int('abc')",
    "len(5)",
]
for src in tests:
    print(src, "->", safe_eval(src, env))

# else and finally run as usual around eval.
for src in ["1 + 1", "1 / 0"]:
    try:
        value = eval(src)
    except ArithmeticError as e:
        print("caught", type(e).__name__)
    else:
        print("no error, value", value)
    finally:
        print("finally for", src)

# The exception object can be inspected.
try:
    eval("{'k': 1}['nope']")
except LookupError as e:
    print(type(e).__name__, e.args, isinstance(e, KeyError))
