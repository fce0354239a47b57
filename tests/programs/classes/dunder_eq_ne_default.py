# Tests that != is derived from __eq__ when __ne__ is not defined, and == with other types.
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank and self.suit == other.suit


a = Card(10, "h")
b = Card(10, "h")
c = Card(2, "s")
print(a == b, a != b, a == c, a != c)
print(a == 10, a != 10, 10 == a, "x" != a)
print(a in [c, b], [a, c] == [b, Card(2, "s")])
print([a].index(b), [c, a, b].count(a))
print(a == None)
