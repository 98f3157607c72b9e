# Archives written in memory with fixed dates: the bytes must be those CPython writes.
import hashlib
import io
import zipfile

WHEN = (2023, 11, 5, 8, 15, 42)


def build(compression, level=None, comment=b""):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression, compresslevel=level) as zf:
        for name, body in [("notes.txt", "line\n" * 50), ("config.json", '{"debug": true}'),
                           ("images/pixel.raw", bytes(range(256)) * 4), ("caf\u00e9.txt", "ok")]:
            info = zipfile.ZipInfo(name, WHEN)
            info.compress_type = compression
            info.external_attr = 0o644 << 16
            zf.writestr(info, body, compresslevel=level)
        info = zipfile.ZipInfo("logs/", WHEN)
        info.external_attr = 0o40755 << 16 | 0x10
        zf.writestr(info, b"")
        zf.comment = comment
    return buf.getvalue()


for label, args in [("stored", (zipfile.ZIP_STORED,)), ("deflated", (zipfile.ZIP_DEFLATED,)),
                    ("deflated-1", (zipfile.ZIP_DEFLATED, 1)),
                    ("deflated-9", (zipfile.ZIP_DEFLATED, 9)),
                    ("commented", (zipfile.ZIP_STORED, None, b"made for tests"))]:
    data = build(*args)
    print(f"{label:11} {len(data):5} {hashlib.sha1(data).hexdigest()}")
data = build(zipfile.ZIP_DEFLATED)
print(data[:30])
print(data[-22:])
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    for info in zf.infolist():
        print(info)
        print("   ", info.CRC, info.flag_bits, info.create_version, info.extract_version,
              info.header_offset)
    print(zf.read("caf\u00e9.txt"), len(zf.read("images/pixel.raw")))
