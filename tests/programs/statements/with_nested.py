# Tests nested with statements and the order of enter/exit around an exception
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, "exception:", exc_type is not None)
        return False

with CM("outer"):
    with CM("middle"):
        with CM("inner"):
            print("deepest body")
        print("after inner")
    print("after middle")

try:
    with CM("outer2"):
        with CM("inner2"):
            raise ValueError("deep failure")
except ValueError as e:
    print("caught", e)
