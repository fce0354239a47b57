from dataclasses import dataclass


@dataclass
class Eq:
    x: int


print(Eq.__hash__)
try:
    hash(Eq(1))
except TypeError as e:
    print("TypeError:", e)


@dataclass(eq=False)
class NoEq:
    x: int


a = NoEq(1)
print(a == NoEq(1), a == a, hash(a) == hash(a))


@dataclass(unsafe_hash=True)
class Hashed:
    x: int
    y: str = "a"


print(hash(Hashed(1)) == hash((1, "a")), len({Hashed(1), Hashed(1), Hashed(2)}))


@dataclass
class Explicit:
    x: int

    def __hash__(self):
        return 42


print(hash(Explicit(5)))


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    x: int


f = FrozenNoEq(1)
print(hash(f) == hash(f), f == FrozenNoEq(1))
try:

    @dataclass(unsafe_hash=True)
    class Clash:
        x: int

        def __hash__(self):
            return 1

except TypeError as e:
    print("TypeError:", e)
