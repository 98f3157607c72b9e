# recursive_repr: a linked structure that can contain itself.
from reprlib import recursive_repr


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    @recursive_repr()
    def __repr__(self):
        return f"Node({self.value!r}, {self.children!r})"


class Bag(list):
    @recursive_repr(fillvalue="<...>")
    def __repr__(self):
        """Bag's repr."""
        return "Bag(" + ", ".join(map(repr, self)) + ")"


a = Node(1)
b = Node(2)
a.children.append(b)
b.children.append(a)
print(a)
print(b)
a.children.append(a)
print(a)
bag = Bag([1, 2])
bag.append(bag)
print(bag)
print(Bag.__repr__.__name__, Bag.__repr__.__doc__, Bag.__repr__.__qualname__)
print(repr(Node("x")))
