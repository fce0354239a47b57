from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80
    debug: bool = False


c = Config("localhost")
c2 = replace(c, port=8080)
c3 = replace(c2, debug=True, host="example.org")
print(c, c2, c3)
print(replace(c) == c, replace(c) is c)
try:
    replace(c, colour="red")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Counter:
    n: int
    hits: int = field(init=False, default=0)


k = Counter(1)
k.hits = 5
k2 = replace(k, n=2)
print(k, k2)
try:
    replace(k, hits=3)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(3)
except TypeError as e:
    print("TypeError:", e)
