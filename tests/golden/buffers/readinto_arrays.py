# Reading a file straight into an array or a bytearray.
import io
import os
import tempfile
from array import array

f = io.BytesIO(bytes(range(10)))
words = array("H", [0, 0])
print(f.readinto(words), words)
chunk = bytearray(3)
print(f.readinto(chunk), chunk)
rest = array("b", bytes(8))
print(f.readinto(rest), rest)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "nums.bin")
    array("i", [7, 8, 9]).tofile(open(path, "wb"))
    with open(path, "rb") as fh:
        got = array("i", [0, 0])
        print(fh.readinto(got), got)
    with open(path, "rb") as fh:
        more = array("i")
        more.fromfile(fh, 3)
        print(more)
    with open(path, "rb") as fh:
        few = array("i")
        try:
            few.fromfile(fh, 5)
        except EOFError as e:
            print("EOFError:", e, few)
