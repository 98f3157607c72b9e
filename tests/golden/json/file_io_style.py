# dump and load with a file-like object (here a small class with write and read).
import json


class Buffer:
    def __init__(self, text=""):
        self.parts = [text] if text else []

    def write(self, s):
        self.parts.append(s)

    def read(self):
        return "".join(self.parts)


buf = Buffer()
json.dump({"users": [{"name": "ann", "admin": True}], "count": 1}, buf, indent=2)
text = buf.read()
print(text)
print(json.load(Buffer(text)))
out = Buffer()
json.dump([1, 2, {"k": "v"}], out, separators=(",", ":"))
print(out.read())
print(json.load(Buffer('{"n": 5}'), object_hook=lambda d: sorted(d.items())))
