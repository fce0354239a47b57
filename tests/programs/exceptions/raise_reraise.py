# raise with instances and classes, bare raise re-raises the active exception.
def check_age(age):
    if not isinstance(age, int):
        raise TypeError("age must be an int, not " + type(age).__name__)
    if age < 0:
        raise ValueError("age must be non-negative", age)
    return age

for value in [30, -4, "x", 2.5]:
    try:
        print("ok", check_age(value))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e.args, str(e))

def wrapper():
    try:
        check_age(-1)
    except ValueError:
        print("logging and re-raising")
        raise

try:
    wrapper()
except ValueError as e:
    print("outer caught:", e)
try:
    raise KeyError
except KeyError as e:
    print("class raised:", repr(e), e.args)
try:
    raise IndexError()
except IndexError as e:
    print(repr(e), repr(str(e)))
