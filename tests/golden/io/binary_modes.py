# What open() returns in each binary mode, and the raw file beneath.
import io
import os

path = f"modes_{os.getpid()}.bin"
with open(path, "wb") as f:
    f.write(b"seed\n")
for mode in ["rb", "wb", "ab", "r+b", "w+b", "a+b"]:
    with open(path, mode) as f:
        print(mode, type(f).__name__, f.mode, f.raw.mode, f.readable(), f.writable(),
              f.seekable(), f.closed)
        print("  ", repr(f).replace(path, "PATH"), repr(f.raw).replace(path, "PATH"))
    print("   closed:", f.closed, f.raw.closed)
os.remove(path)
with open(path, "xb") as f:
    print("xb", type(f).__name__, f.mode)
try:
    open(path, "xb")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
raw = open(path, "rb", buffering=0)
print(type(raw).__name__, raw.mode, raw.closefd, isinstance(raw, io.RawIOBase))
raw.close()
print(repr(raw))
for bad in [dict(encoding="utf-8"), dict(errors="strict"), dict(newline="\n")]:
    try:
        open(path, "rb", **bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    open(path, "rtb")
except ValueError as e:
    print("ValueError:", e)
os.remove(path)
