# base64.encode/decode between binary file objects (any object with read/readline/write).
import base64


class Source:
    def __init__(self, data, step):
        self.data, self.pos, self.step = data, 0, step

    def read(self, n):
        n = min(n, self.step)
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

    def readline(self):
        end = self.data.find(b"\n", self.pos)
        end = len(self.data) if end < 0 else end + 1
        line = self.data[self.pos:end]
        self.pos = end
        return line


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(b)

    def value(self):
        return b"".join(self.parts)


blob = bytes(range(256)) * 2
out = Sink()
base64.encode(Source(blob, 20), out)
text = out.value()
print(len(out.parts), text.count(b"\n"), text[:60])
back = Sink()
base64.decode(Source(text, 1000), back)
print(back.value() == blob, len(back.parts))
