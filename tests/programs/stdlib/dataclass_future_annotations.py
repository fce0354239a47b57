from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import ClassVar, Dict, List, Optional


@dataclass
class Node:
    value: int
    children: List[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    registry: ClassVar[Dict[str, int]] = {}
    label: str | None = None
    pair: tuple[int, ...] = ()

    def add(self, v: int) -> Node:
        n = Node(v, parent=Node(self.value))
        self.children.append(n)
        return n


root = Node(1)
root.add(2).add(3)
print(root.children[0].value, root.children[0].children[0].parent.value)
print(root)
print(Node.__annotations__)
print([(f.name, f.type) for f in fields(Node)])
print(Node(5, label="x").label, Node.registry)
