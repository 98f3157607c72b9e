"""A tree of dataclasses whose fields name their own class."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Node:
    name: str
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    kind: "Kind" = "plain"

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child


class Registry:
    entries: dict[str, Entry]
    count: int = 0
    if True:
        extra: Missing = 1


root = Node("root")
root.add(Node("a")).add(Node("b"))
print([c.name for c in root.children], root.children[0].children[0].parent.name)
print(Node.__annotations__)
print(Registry.__annotations__, Registry.count, Registry.extra)
