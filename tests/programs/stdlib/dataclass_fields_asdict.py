from dataclasses import dataclass, field, fields, asdict, astuple, is_dataclass


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


@dataclass
class Order:
    id: int
    items: list
    meta: dict = field(default_factory=dict)
    first: Item = None


for f in fields(Item):
    print(f.name, f.type, f.init, f.repr, f.compare, f.hash)
i = Item("pen", 1.5, ["office"])
o = Order(7, [i, Item("ink")], {"k": (1, 2)}, i)
print(asdict(i))
print(asdict(o))
print(astuple(o))
print(asdict(i, dict_factory=list))
print(is_dataclass(Item), is_dataclass(i), is_dataclass(3), is_dataclass(dict))
d = asdict(o)
d["items"][0]["tags"].append("x")
print(i.tags, d["items"][0]["tags"])
print(fields(i)[0].name, len(fields(Order)))
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Item)
except TypeError as e:
    print("TypeError:", e)
