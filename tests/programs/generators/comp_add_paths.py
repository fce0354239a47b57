# List and set comprehensions add their items directly (LIST_APPEND / SET_ADD): no lookup
# of append/add, errors from hashing the item, and items made in order.
class Noisy:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return self.n % 2
    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n % 2 == other.n % 2
    def __repr__(self):
        return f"Noisy({self.n})"

print(sorted({Noisy(i) for i in range(4)}, key=lambda x: x.n))
print([[y for y in range(x)] for x in range(4)])
print({(x, y) for x in range(3) for y in range(3) if x < y} == {(0, 1), (0, 2), (1, 2)})
try:
    print({[i] for i in range(3)})
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __hash__(self):
        raise ValueError("no hash for you")
try:
    {b for b in [1, Bad()]}
except ValueError as e:
    print("ValueError:", e)
append = None
print([append for append in range(3)], append)
