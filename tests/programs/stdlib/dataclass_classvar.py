from dataclasses import dataclass, fields
from typing import ClassVar, List, Optional
import typing


@dataclass
class Registry:
    count: ClassVar[int] = 0
    kind: typing.ClassVar[str] = "reg"
    name: str = "r"
    values: Optional[List[int]] = None
    pair: "tuple[int, int]" = (0, 0)

    def __post_init__(self):
        Registry.count += 1


a = Registry()
b = Registry("b", [1])
print(a, b, Registry.count, Registry.kind)
print([f.name for f in fields(Registry)])
print(Registry.__annotations__)
for f in fields(Registry):
    print(f.name, f.type)


class Plain:
    x: int
    y: "str" = "s"
    z: list[int] | None = None


print(Plain.__annotations__, Plain.y, Plain.z)
print(hasattr(Plain, "x"))


class Sub(Plain):
    w: dict[str, int]


print(Sub.__annotations__)


class NoAnn(Plain):
    pass


print(NoAnn.__annotations__, Plain.__annotations__ is Plain.__annotations__)
