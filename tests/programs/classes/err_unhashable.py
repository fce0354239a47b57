# Tests uncaught TypeError when using an object with __eq__ but no __hash__ as a dict key.
class C:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(C(1) == C(1))
d = {}
d["ok"] = C(1)
print(len(d))
d[C(2)] = "boom"
