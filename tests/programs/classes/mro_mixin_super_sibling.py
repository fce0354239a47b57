# Tests that super() in a mixin resolves to the next class in the instance's MRO (a sibling), not its base.
def names(cls):
    out = []
    for k in cls.__mro__:
        out.append(k.__name__)
    return out


class Writer:
    def write(self, s):
        return "write(" + s + ")"


class UpperMixin(Writer):
    def write(self, s):
        return super().write(s.upper())


class SuffixMixin(Writer):
    def write(self, s):
        return super().write(s + "!x")


class Both(UpperMixin, SuffixMixin):
    pass


class BothReversed(SuffixMixin, UpperMixin):
    pass


print(names(Both))
print(Both().write("hi"))
print(names(BothReversed))
print(BothReversed().write("hi"))
print(UpperMixin().write("solo"), SuffixMixin().write("solo"))
