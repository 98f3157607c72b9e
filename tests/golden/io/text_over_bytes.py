# A text layer over a binary stream: TextIOWrapper on BytesIO, and a text file's buffer.
import io
import os

raw = io.BytesIO("naïve café\r\nsecond line\rthird\n".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering)
print(t.readline(), t.readlines(), t.newlines)

t = io.TextIOWrapper(io.BytesIO("x\r\ny".encode("latin-1")), encoding="latin-1", newline="")
print(t.readlines())

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="utf-16-le", newline="\r\n")
w.write("hé\nok\n")
w.flush()
print(out.getvalue())
print(w.buffer is out)

bad = io.TextIOWrapper(io.BytesIO(b"ok \xff end"), encoding="utf-8", errors="replace")
print(bad.read())
strict = io.TextIOWrapper(io.BytesIO(b"ok \xff end"), encoding="utf-8")
try:
    strict.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)

path = f"textbuf_{os.getpid()}.txt"
with open(path, "w", encoding="utf-8") as f:
    print(type(f.buffer).__name__, f.buffer.mode, f.mode, type(f.buffer.raw).__name__)
    f.write("line one\n")
with open(path, "ab") as f:
    f.write("line two\n".encode())
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines())
with open(path, "r+", encoding="utf-8") as f:
    print(type(f.buffer).__name__, f.buffer.mode)
    print(f.buffer.read(4))
os.remove(path)
