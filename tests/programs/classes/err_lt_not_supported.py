# Tests uncaught TypeError when comparing two user objects with < and no ordering methods.
class C:
    def __init__(self, v):
        self.v = v


a = C(1)
b = C(2)
print(a == a, a == b, a != b)
print(a.v < b.v)
print(a < b)
