# Path.read_bytes and write_bytes.
import os
import pathlib

p = pathlib.Path(f"pb_{os.getpid()}.bin")
print(p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(8)))
data = p.read_bytes()
print(data[:8], len(data), data[1:4].decode())
print(p.write_bytes(bytearray(b"abc")), p.read_bytes(), p.stat().st_size)
try:
    p.write_bytes("text")
except TypeError as e:
    print("TypeError", e)
p.write_text("héllo", encoding="utf-8")
print(p.read_bytes())
with p.open("rb") as f:
    print(type(f).__name__, f.read(2))
p.unlink()
print(p.exists())
