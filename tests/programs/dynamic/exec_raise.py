# raise statements and try/except inside exec'd code.
try:
    exec("raise ValueError('bad value from exec')")
except ValueError as e:
    print("caught:", e)

try:
    exec("x = 1\nif x > 0:\n    raise KeyError('positive')")
except KeyError as e:
    print("caught KeyError:", e)

try:
    exec("assert 1 + 1 == 3, 'math is broken'")
except AssertionError as e:
    print("caught AssertionError:", e)

# exec'd code catching its own exception.
ns = {}
exec("""
log = []
for v in [4, 0, 2]:
    try:
        log.append(8 // v)
    except ZeroDivisionError as e:
        log.append('div: ' + str(e))
    finally:
        log.append('end')
""", ns)
print(ns["log"])

# An exec-defined function raising; caught by compiled code.
exec("""
def parse_age(text):
    n = int(text)
    if n < 0:
        raise ValueError('negative age: ' + str(n))
    return n
""")
for text in ["31", "-4", "abc"]:
    try:
        print("age", parse_age(text))
    except ValueError as e:
        print("ValueError:", e)

# Re-raise inside exec propagates out.
try:
    exec("try:\n    [][1]\nexcept IndexError:\n    raise")
except IndexError as e:
    print("re-raised IndexError:", e)

# A raise with a different type from the except clause inside exec.
try:
    exec("try:\n    {}['k']\nexcept KeyError:\n    raise RuntimeError('converted')")
except RuntimeError as e:
    print("RuntimeError:", e)
