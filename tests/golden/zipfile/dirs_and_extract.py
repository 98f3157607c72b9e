# Directory entries, extracting single members, and member names that try to escape.
import io
import os
import tempfile
import zipfile

WHEN = (2019, 4, 1, 10, 0, 0)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
    d = zipfile.ZipInfo("assets/", WHEN)
    d.external_attr = (0o40755 << 16) | 0x10
    d.CRC = 0
    zf.mkdir(d)
    for name in ["assets/logo.svg", "../escape.txt", "/abs/path.txt", "a/./b/../c.txt",
                 "assets/sub/deep.txt"]:
        zf.writestr(zipfile.ZipInfo(name, WHEN), f"content of {name}")
print(zipfile.ZipFile(buf).namelist())

with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(buf) as zf:
    print([(i.filename, i.is_dir()) for i in zf.infolist()])
    print(os.path.relpath(zf.extract("assets/logo.svg", tmp), tmp))
    print(os.path.relpath(zf.extract(zf.getinfo("assets/"), tmp), tmp))
    zf.extractall(os.path.join(tmp, "all"))
    found = []
    for dirpath, dirnames, filenames in os.walk(tmp):
        dirnames.sort()
        for n in sorted(filenames):
            found.append(os.path.relpath(os.path.join(dirpath, n), tmp))
    print(found)
    zf.extractall(os.path.join(tmp, "some"), members=["assets/sub/deep.txt"])
    print(os.listdir(os.path.join(tmp, "some", "assets")))
    with open(os.path.join(tmp, "all", "escape.txt")) as f:
        print(f.read())
