# Tests uncaught TypeError from raising a plain class (not an exception class) by name.
class Plain:
    pass


class Real(Exception):
    pass


print(issubclass(Plain, BaseException), issubclass(Real, BaseException))
try:
    raise Real
except Real:
    print("raising an exception class works")
raise Plain
