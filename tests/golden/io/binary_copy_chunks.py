# Copying a binary file in chunks, then checking the copy byte for byte.
import os

src = f"copy_src_{os.getpid()}.bin"
dst = f"copy_dst_{os.getpid()}.bin"
data = bytes(range(256)) * 40 + b"tail"
with open(src, "wb") as f:
    print(f.write(data))

total = 0
chunks = 0
with open(src, "rb") as fin, open(dst, "wb") as fout:
    while True:
        chunk = fin.read(4096)
        if not chunk:
            break
        chunks += 1
        total += fout.write(chunk)
print("chunks", chunks, "bytes", total)

with open(dst, "rb") as f:
    copy = f.read()
print(copy == data, len(copy), copy[-4:], copy[:4])
print(sum(copy) % 65521, os.path.getsize(dst))
os.remove(src)
os.remove(dst)
