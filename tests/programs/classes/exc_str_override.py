# Tests exception classes overriding __str__ (and __repr__), used by str(e), print(e), f-strings.
class RangeErr(Exception):
    def __init__(self, value, lo, hi):
        super().__init__(value, lo, hi)
        self.value = value
        self.lo = lo
        self.hi = hi

    def __str__(self):
        return f"{self.value} not in [{self.lo}, {self.hi}]"


class Fancy(Exception):
    def __repr__(self):
        return "Fancy!"


try:
    raise RangeErr(15, 0, 10)
except RangeErr as e:
    print(e)
    print(str(e), e.args)
    print(f"error: {e}")
    print(repr(e))
f = Fancy("msg")
print(str(f), repr(f), [f])
