# Tests the basic with statement: __enter__ value bound by 'as', __exit__ called with None args
class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False

with Managed("alpha") as value:
    print("body sees", value)
print("after with")

with Managed("beta"):
    print("body without as")

m = Managed("gamma")
with m as v1:
    print("first use", v1)
with m as v2:
    print("reused manager", v2)
