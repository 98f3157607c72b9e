# Writing members as streams (ZipFile.open in "w" mode) and per-member compression choices.
import hashlib
import io
import os
import tempfile
import time
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
    info = zipfile.ZipInfo("export/rows.csv", (2024, 8, 1, 9, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(info, "w") as out:
        out.write(b"id,name\n")
        for i in range(500):
            out.write(b"%d,item-%d\n" % (i, i % 17))
    try:
        with zf.open(zipfile.ZipInfo("a.txt", (2024, 8, 1, 9, 0, 0)), "w") as first:
            first.write(b"first")
            zf.open(zipfile.ZipInfo("b.txt"), "w")
    except ValueError as e:
        print("ValueError:", e)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "settings.ini")
        with open(path, "w") as f:
            f.write("[main]\nkey = value\n" * 20)
        stamp = time.mktime((2024, 8, 2, 18, 30, 10, 0, 0, -1))
        os.utime(path, (stamp, stamp))
        os.chmod(path, 0o640)
        zinfo = zipfile.ZipInfo.from_file(path, "conf/settings.ini")
        print(zinfo, zinfo.date_time)
        zf.write(path, "conf/settings.ini", compress_type=zipfile.ZIP_STORED)
        zf.write(path, "conf/settings.min.ini", compresslevel=9)
data = buf.getvalue()
print(len(data), hashlib.sha1(data).hexdigest())
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    for i in zf.infolist():
        print(i)
    rows = zf.read("export/rows.csv").decode().splitlines()
    print(len(rows), rows[:2], rows[-1])
