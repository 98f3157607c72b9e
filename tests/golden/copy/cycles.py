# deepcopy keeps the shape of shared and circular references.
import copy

shared = [1, 2]
data = {"a": shared, "b": shared}
d2 = copy.deepcopy(data)
print(d2["a"] is d2["b"], d2["a"] is shared)
loop = [1]
loop.append(loop)
l2 = copy.deepcopy(loop)
print(l2[1] is l2, l2 is loop, l2)


class Node:
    def __init__(self, name):
        self.name = name
        self.peers = []


x, y = Node("x"), Node("y")
x.peers.append(y)
y.peers.append(x)
x2 = copy.deepcopy(x)
print(x2.name, x2.peers[0].name, x2.peers[0].peers[0] is x2, x2 is x)
d = {}
d["self"] = d
print(copy.deepcopy(d))
t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
print(t2[0][0] is t2, t2 is t)
