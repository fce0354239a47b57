from enum import Enum, unique


class Animal(Enum):
    CAT = 1
    DOG = 2
    KITTY = 1
    PUPPY = 2
    BIRD = 3


print(list(Animal), len(Animal))
print(Animal.KITTY, Animal.KITTY is Animal.CAT, Animal.PUPPY.name)
print(Animal.__members__)
print(list(Animal.__members__))
print([name for name, m in Animal.__members__.items() if m.name != name])
try:

    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2

except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    X = 1
    Y = 2


print(list(Fine))
