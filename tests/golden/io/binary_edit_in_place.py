# Patching a record file in place: seek, tell, read, write and truncate in 'r+b'.
import os
import struct

path = f"records_{os.getpid()}.dat"
HEADER = struct.Struct("<4sI")
RECORD = struct.Struct("<I8s")

with open(path, "wb") as f:
    f.write(HEADER.pack(b"RECS", 3))
    for i, name in enumerate([b"alpha", b"beta", b"gamma"]):
        f.write(RECORD.pack(i, name))
    print("written", f.tell())

with open(path, "r+b") as f:
    magic, count = HEADER.unpack(f.read(HEADER.size))
    print(magic, count)
    f.seek(HEADER.size + RECORD.size)
    print("at", f.tell(), RECORD.unpack(f.read(RECORD.size)))
    f.seek(-RECORD.size, 1)
    f.write(RECORD.pack(1, b"BETA"))
    f.seek(0, 2)
    print("end", f.tell())
    f.write(RECORD.pack(3, b"delta"))
    f.seek(4)
    f.write(struct.pack("<I", 4))
    f.seek(0)
    magic, count = HEADER.unpack(f.read(HEADER.size))
    for _ in range(count):
        idx, name = RECORD.unpack(f.read(RECORD.size))
        print(idx, name.rstrip(b"\0"))
    print("truncate", f.truncate(HEADER.size + 2 * RECORD.size), f.tell())
print(os.path.getsize(path))
with open(path, "rb") as f:
    f.seek(-RECORD.size, 2)
    print(RECORD.unpack(f.read()))
os.remove(path)
