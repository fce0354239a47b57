# Tests __enter__/__exit__ with `with`: as-binding, call order, and __exit__ arguments on normal exit.
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        print("enter", self.name)
        self.open = True
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type is None, exc is None, tb is None)
        self.open = False
        return False


class Tagger:
    def __enter__(self):
        return "a tag string"

    def __exit__(self, t, v, tb):
        print("tagger exit")


r = Resource("db")
with r as handle:
    print("inside", handle is r, handle.open)
print("after", r.open)
with Tagger() as t:
    print("got", t)
with Resource("outer") as o:
    with Resource("inner") as i:
        print("nested", o.name, i.name)
with Resource("noas"):
    print("body without as")
