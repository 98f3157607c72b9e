import copy
from array import array

a = array("i", [1, 2, 3])
b = copy.copy(a)
c = copy.deepcopy(a)
b.append(4)
print(a, b, c, a is c)
class Buffer:
    """A minimal binary file."""

    def __init__(self):
        self.data = b""
        self.pos = 0

    def write(self, b):
        self.data += bytes(b)

    def seek(self, pos):
        self.pos = pos

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk


buf = Buffer()
a.tofile(buf)
buf.seek(0)
r = array("i")
r.fromfile(buf, 3)
print(r)
buf.seek(0)
try:
    r.fromfile(buf, 10)
except EOFError as e:
    print("EOFError:", e, r)
