# Tests default == (identity) and `is` for user objects without __eq__, and `in` on lists.
class Box:
    def __init__(self, v):
        self.v = v


a = Box(1)
b = Box(1)
c = a
print(a == b, a is b)
print(a == c, a is c)
print(a != b, a != c)
lst = [a, Box(2)]
print(b in lst, c in lst)
print(lst.index(c))
print(lst.count(b), lst.count(a))
d = {"k": a}
print(d["k"] is c)
print(a == 1, None == a)
