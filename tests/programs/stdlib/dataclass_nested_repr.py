from dataclasses import dataclass, field


@dataclass
class Leaf:
    value: int


@dataclass
class Tree:
    label: str
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)


t = Tree("root", [Leaf(1), Tree("sub", [Leaf(2)])])
print(t)
print([t.children[0]], {"k": Leaf(3)}, (Leaf(4),))
print(str(Leaf("text")), Leaf(None), Leaf(1.5), Leaf([1, "a"]))


@dataclass
class Node:
    name: str
    next: object = None


a = Node("a")
a.next = a
print(a)
b = Node("b", Node("c"))
print(b)
a.next = None
