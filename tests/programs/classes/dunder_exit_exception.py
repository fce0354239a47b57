# Tests __exit__ receiving an exception (type, value) and not suppressing it when returning False/None.
class Guard:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit clean", self.label)
        else:
            print("exit with", exc_type.__name__, exc, tb is not None)
        return None


try:
    with Guard("g1"):
        print("about to fail")
        raise ValueError("bad value")
        print("not reached")
except ValueError as e:
    print("caught outside:", e)
try:
    with Guard("outer"):
        with Guard("inner"):
            x = [1, 2][5]
except IndexError as e:
    print("caught:", type(e).__name__, e)
with Guard("ok"):
    pass
