# Tests copying attributes between objects by iterating vars() and using getattr/setattr.
class Src:
    def __init__(self):
        self.name = "src"
        self.size = 10
        self.tags = ["a"]


class Dst:
    pass


def copy_attrs(src, dst, prefix):
    for key in vars(src):
        setattr(dst, prefix + key, getattr(src, key))


def diff(a, b):
    out = []
    for key in vars(a):
        if not hasattr(b, key):
            out.append(key + ":missing")
        elif getattr(a, key) != getattr(b, key):
            out.append(key + ":differs")
    return out


s = Src()
d = Dst()
copy_attrs(s, d, "copy_")
print(vars(d))
d2 = Dst()
copy_attrs(s, d2, "")
d2.size = 11
print(diff(s, d2), diff(s, d))
print(d2.tags is s.tags)
