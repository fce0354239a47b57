# Tests __contains__ for `in` and `not in`, and the result coerced to bool.
class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        return self.lo <= x < self.hi


class Weird:
    def __contains__(self, x):
        return x


r = Range2(10, 20)
print(5 in r, 10 in r, 19 in r, 20 in r)
print(15 not in r, 25 not in r)
w = Weird()
print(1 in w, 0 in w, "s" in w, "" in w)
vals = []
for i in range(8, 12):
    if i in r:
        vals.append(i)
print(vals)
