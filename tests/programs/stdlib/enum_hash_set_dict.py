from enum import Enum


class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"
    CLUBS = "c"
    DIAMONDS = "d"


counts = {}
for s in [Suit.HEARTS, Suit.SPADES, Suit.HEARTS, Suit.CLUBS, Suit.HEARTS]:
    counts[s] = counts.get(s, 0) + 1
print(counts)
print(hash(Suit.HEARTS) == hash("HEARTS"))
seen = {Suit.HEARTS, Suit.CLUBS, Suit.HEARTS}
print(len(seen), Suit.CLUBS in seen, Suit.SPADES in seen)
print(sorted(seen, key=lambda s: s.value))
print({s: s.value for s in Suit})
print({s.name for s in Suit} == {"HEARTS", "SPADES", "CLUBS", "DIAMONDS"})
print(sorted(Suit, key=lambda s: s.name))
