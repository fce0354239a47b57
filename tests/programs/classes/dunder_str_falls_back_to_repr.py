# Tests that str() falls back to __repr__ when only __repr__ is defined, but not vice versa.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "only-str"


a = OnlyRepr()
print(a)
print(str(a), repr(a), f"{a}")
b = OnlyStr()
print(b)
print(str(b), f"{b}")
r = repr(b)
print(r.startswith("<__main__.OnlyStr object at 0x"), r.endswith(">"))
lst = [b]
s = str(lst)
print(s.startswith("[<__main__.OnlyStr object at 0x"), s.endswith(">]"))
