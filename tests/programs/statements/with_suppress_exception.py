# Tests __exit__ returning a true value to suppress exceptions (selectively)
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and isinstance(exc, self.kinds):
            print("suppressing", exc_type.__name__, exc)
            return True
        return False

with Suppress(KeyError):
    d = {}
    print("before")
    d["missing"]
    print("never printed")
print("continued after suppressed KeyError")

with Suppress(ArithmeticError, IndexError):
    [][5]
with Suppress(ArithmeticError):
    1 / 0

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)

def f():
    with Suppress(ValueError):
        int("xyz")
        return "unreached"
    return "after with in function"

print(f())
