from dataclasses import dataclass


@dataclass
class Pair:
    left: int
    right: int


print(Pair(1, 2))
Pair(1)
