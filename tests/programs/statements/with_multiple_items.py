# Tests several context managers in one with statement: entered left to right, exited right to left
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name)
        return False

with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)

with (CM("x") as x,
      CM("y") as y):
    print("parenthesized", x, y)

with CM("p"), CM("q"):
    print("no targets")
