# Tests __exit__ returning True to suppress an exception, selectively by exception type.
class Suppress:
    def __init__(self, kind):
        self.kind = kind
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kind):
            self.caught = exc
            print("suppressing", exc_type.__name__)
            return True
        return False


with Suppress(ZeroDivisionError) as s:
    print("before")
    x = 1 / 0
    print("not reached")
print("after with, caught:", s.caught)
with Suppress(LookupError) as s2:
    d = {}
    d["missing"]
print("KeyError suppressed via base class:", type(s2.caught).__name__, s2.caught)
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)
with Suppress(Exception) as s3:
    print("no error")
print(s3.caught)
