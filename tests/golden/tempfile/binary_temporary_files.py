# Temporary files in their default binary mode ('w+b'), as programs use them for scratch data.
import os
import tempfile

with tempfile.TemporaryFile() as f:
    print(type(f).__name__, f.mode, f.write(b"\x00scratch\xff"), f.tell())
    f.seek(0)
    print(f.read())

with tempfile.NamedTemporaryFile(suffix=".bin") as f:
    print(f.name.endswith(".bin"), os.path.exists(f.name), f.file.mode)
    f.write(b"header\n" + bytes(range(5)))
    f.flush()
    with open(f.name, "rb") as again:
        print(again.read())
    name = f.name
print(os.path.exists(name))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "blob.dat")
    with open(path, "wb") as out:
        out.write(b"abc" * 3)
    print(os.path.getsize(path), sorted(os.listdir(d)))
