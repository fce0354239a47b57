from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1) < Version(1, 0, 1), Version(2) <= Version(2), Version(3) > Version(2, 9), Version(1) >= Version(1, 1))


@dataclass(order=True)
class Other:
    major: int
    minor: int = 0
    patch: int = 0


try:
    Version(1) < Other(2)
except TypeError as e:
    print("TypeError:", e)
print(Version(1) == Other(1))
print(Version.__lt__(Version(1), Other(2)))


@dataclass
class Plain:
    a: int


try:
    Plain(1) < Plain(2)
except TypeError as e:
    print("TypeError:", e)
