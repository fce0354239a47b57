class Meters:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __format__(self, spec):
        return format(self.v, spec) + " m"

    def __hash__(self):
        return 2**62 + self.v


class Idx:
    def __index__(self):
        return 7


class Bad:
    def __int__(self):
        return "x"


m = Meters(3.75)
print(int(m), float(m), float(Idx()), int(Idx()))
print(f"{m:.1f}", format(m, ">8"), "{:06.2f}".format(m))
print(hash(Meters(1)) == 2**62 + 1, hash(Meters(2)))
print(NotImplemented, repr(NotImplemented), [NotImplemented])
try:
    int(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{object():x}"
except TypeError as e:
    print("TypeError:", e)
