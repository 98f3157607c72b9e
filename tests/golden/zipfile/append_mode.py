# Appending to an existing archive, and an archive with data before it (a self-extractor).
import hashlib
import io
import os
import tempfile
import zipfile

WHEN = (2021, 6, 30, 23, 59, 58)


def add(zf, name, body):
    info = zipfile.ZipInfo(name, WHEN)
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, body)


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "journal.zip")
    with zipfile.ZipFile(path, "w") as zf:
        add(zf, "2021-06-28.txt", "monday\n" * 10)
    with zipfile.ZipFile(path, "a") as zf:
        add(zf, "2021-06-29.txt", "tuesday\n" * 10)
        add(zf, "2021-06-30.txt", "wednesday\n" * 10)
    with open(path, "rb") as f:
        data = f.read()
    print(len(data), hashlib.sha1(data).hexdigest())
    with zipfile.ZipFile(path) as zf:
        print(zf.namelist(), [zf.read(n).count(b"\n") for n in zf.namelist()])
    with zipfile.ZipFile(os.path.join(tmp, "new.zip"), "a") as zf:
        add(zf, "first.txt", "created by append")
    with zipfile.ZipFile(os.path.join(tmp, "new.zip")) as zf:
        print(zf.namelist())
    try:
        zipfile.ZipFile(path, "x")
    except FileExistsError:
        print("FileExistsError for mode 'x'")

stub = io.BytesIO()
stub.write(b"#!/bin/sh\necho self-extracting\nexit 0\n")
with zipfile.ZipFile(stub, "a") as zf:
    add(zf, "payload.txt", "the payload")
raw = stub.getvalue()
print(raw[:9], len(raw), hashlib.sha1(raw).hexdigest())
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    print(zf.namelist(), zf.read("payload.txt"), zf.getinfo("payload.txt").header_offset)
