# Buffers of user classes (a framed packet, a sample series) survive pickle and copy with
# their class, contents and attributes.
import array
import copy
import pickle


class Packet(bytearray):
    def checksum(self):
        return sum(self) % 256


class Samples(array.array):
    pass


p = Packet(b"\x01\x02hello")
p.kind = "data"
empty = Packet()
s = Samples("h", [3, -1, 4])
s.rate = 8000

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    q = pickle.loads(pickle.dumps(p, proto))
    e = pickle.loads(pickle.dumps(empty, proto))
    t = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(q).__name__, q, q.kind, q.checksum(), type(e).__name__, e,
          type(t).__name__, t, t.rate)

print(p.__reduce__())
print(p.__reduce_ex__(2), p.__reduce_ex__(4))
print(empty.__reduce_ex__(4), empty.__reduce_ex__(0))
print(bytearray(b"ab").__reduce_ex__(3), bytearray(b"\xff").__reduce__())
print(s.__reduce_ex__(2))

c = copy.copy(p)
d = copy.deepcopy(p)
print(type(c).__name__, c, c.kind, c is not p, type(d).__name__, d == p, d.kind)
t = copy.deepcopy(s)
print(type(t).__name__, t, hasattr(t, "rate"))

# Plain ones still pickle as they are.
print(pickle.loads(pickle.dumps(bytearray(b"xyz"), 2)), pickle.loads(pickle.dumps(array.array("b", [1]))))
