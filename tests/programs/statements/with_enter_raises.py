# Tests that if __enter__ raises, its __exit__ is not called but earlier managers are exited
class CM:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError("enter failed: " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False

try:
    with CM("first"), CM("second", fail=True), CM("third"):
        print("body never runs")
except RuntimeError as e:
    print("caught", e)

try:
    with CM("solo", fail=True):
        print("never")
except RuntimeError as e:
    print("caught", e)
