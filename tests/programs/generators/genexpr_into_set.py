# set() of a generator expression: each item is hashed as soon as it is made, the
# set's order is CPython's, and errors are the generator's.
class Loud:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return self.n % 3
    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n

def make(n):
    print("make", n)
    return Loud(n)

s = set(make(n) for n in [1, 4, 2, 1])
print(sorted(x.n for x in s))
print(set(x * 7 % 11 for x in range(20)))
print(set(w.upper() for w in "the quick brown fox the end".split()) == {"THE", "QUICK", "BROWN", "FOX", "END"})
vec = (3, 1, 4, 1, 5, 9, 2, 6)
cols = range(8)
print(len(set(vec[i] + i for i in cols)), len(set(vec[i] - i for i in cols)))
try:
    set([i] for i in range(3))
except TypeError as e:
    print("TypeError:", e)

def stop():
    it = iter(())
    return set(next(it) for _ in range(2))

try:
    stop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(frozenset(x % 4 for x in range(10)))
