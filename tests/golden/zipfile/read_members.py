# Reading members: read, open as a file (lines, iteration, text), getinfo and ZipInfo.
import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("log.txt", (2022, 2, 2, 2, 2, 2)),
                "".join(f"event {i}: ok\n" for i in range(6)))
    zf.writestr(zipfile.ZipInfo("poem.txt", (2022, 2, 2, 2, 2, 2)),
                "Ceci n'est pas\nune pipe \u00e0 z\u00e9ro\n")
    zf.writestr(zipfile.ZipInfo("empty.txt", (2022, 2, 2, 2, 2, 2)), b"")

with zipfile.ZipFile(buf) as zf:
    print(zf)
    print(zf.namelist())
    print(zf.read("log.txt").splitlines()[:2])
    with zf.open("log.txt") as member:
        print(member.readline())
        print(member.read(8), member.tell())
        print(list(member)[:2])
        print(member.read(), member.read())
    with zf.open(zf.getinfo("poem.txt")) as member:
        text = io.TextIOWrapper(member, encoding="utf-8")
        print([line.rstrip() for line in text])
    with zf.open("empty.txt") as member:
        print(member.read(), member.readline())
    info = zf.getinfo("poem.txt")
    print(info.filename, info.file_size, info.compress_size < 60, info.date_time, info.is_dir())
    print(zipfile.ZipInfo("x/"), zipfile.ZipInfo("x/").is_dir())
    print(zipfile.ZipInfo("a\\b\0ignored").filename)
    for name in ("missing.txt", "log"):
        try:
            zf.getinfo(name)
        except KeyError as e:
            print("KeyError:", e)
print(zf)
