# Tests that defining __eq__ without __hash__ sets __hash__ to None and makes instances unhashable.
class Val:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


class ValHash(Val):
    def __hash__(self):
        return hash(self.v)


print(Val.__hash__ is None)
try:
    hash(Val(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    d = {Val(1): "x"}
except TypeError as e:
    print(type(e).__name__, e)
print(Val(1) == Val(1))
d = {ValHash(1): "one"}
print(d[ValHash(1)], hash(ValHash(5)))
print([Val(2)] == [Val(2)])
