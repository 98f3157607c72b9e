# A class derived from array.array keeps its items native and is a buffer.
from array import array


class Samples(array):
    def mean(self):
        return sum(self) / len(self)


s = Samples("h", [3, 5, 10])
print(s, type(s).__name__, isinstance(s, array), s.mean())
s.append(2)
print(s.tolist(), len(s), s[1], bytes(s)[:4])
m = memoryview(s)
m[0] = 1
print(s, m.format)
m.release()
print(s + array("h", [0]), type(s + array("h", [0])).__name__)
