# Tests a sequence class with __getitem__ for int indices (incl. negative) and IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError("Squares index out of range")
        return i * i


sq = Squares(5)
print(sq[0], sq[3], sq[-1], len(sq))
try:
    print(sq[5])
except IndexError as e:
    print(type(e).__name__, e)
for v in sq:
    print("iter", v)
print(list(sq), 9 in sq, 10 in sq)
print(list(reversed(sq)))
