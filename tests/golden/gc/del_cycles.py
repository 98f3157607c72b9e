import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name, "peer", self.peer.name if self.peer else None)


gc.collect()

# A cycle of two: finalizers run in the order the objects were made, with the cycle whole.
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
wa = weakref.ref(a, lambda r: print("callback for a, referent", r()))
del a, b
print("collected", gc.collect())

# A ring of four through a list.
ring = [Node(i) for i in range(4)]
for i, n in enumerate(ring):
    n.peer = ring[(i + 1) % 4]
ring[0].all = ring
del ring, n
print("collected", gc.collect())

# Resurrection from a cycle: the object a finalizer saves stays, with what it refers to.
keep = []


class Saver(Node):
    def __del__(self):
        print("saver del", self.name)
        keep.append(self)


s, t = Saver("s"), Node("t")
s.peer, t.peer = t, s
del s, t
print("collected", gc.collect())
print("kept", [k.name for k in keep], keep[0].peer.name)
keep.clear()
print("collected again", gc.collect())


# A finalizer that breaks the cycle itself.
class Breaker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("breaker", self.name)
        self.other = None


x, y = Breaker("x"), Breaker("y")
x.other, y.other = y, x
del x, y
print("collected", gc.collect())


# An exception raised by a finalizer of garbage is reported; the collection goes on.
class Bad:
    def __del__(self):
        raise RuntimeError("bad finalizer")


b1, b2 = Bad(), Bad()
b1.o, b2.o = b2, b1
del b1, b2
print("collected", gc.collect())
print("end")
