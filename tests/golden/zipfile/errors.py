# What zipfile refuses: not an archive, a corrupted member, bad modes, closed archives.
import io
import warnings
import zipfile


def archive():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("data.txt", (2020, 1, 1, 0, 0, 0)), b"0123456789" * 5)
    return buf.getvalue()


def attempt(label, action):
    try:
        result = action()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


good = archive()
attempt("not a zip", lambda: zipfile.ZipFile(io.BytesIO(b"PK just kidding")))
attempt("empty", lambda: zipfile.ZipFile(io.BytesIO(b"")))
attempt("is_zipfile junk", lambda: zipfile.is_zipfile(io.BytesIO(b"x" * 100)))
attempt("is_zipfile good", lambda: zipfile.is_zipfile(io.BytesIO(good)))
attempt("bad mode", lambda: zipfile.ZipFile(io.BytesIO(good), "q"))
corrupt = bytearray(good)
corrupt[corrupt.find(b"0123")] = ord("X")
with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as zf:
    attempt("testzip", zf.testzip)
    attempt("read corrupt", lambda: zf.read("data.txt"))
    with zf.open("data.txt") as f:
        attempt("partial read", lambda: f.read(4))
    attempt("write in r mode", lambda: zf.writestr("x", b"y"))
    attempt("open mode", lambda: zf.open("data.txt", "a"))
header = bytearray(good)
header[0:4] = b"XXXX"
with zipfile.ZipFile(io.BytesIO(bytes(header))) as zf:
    attempt("bad header", lambda: zf.read("data.txt"))
zf = zipfile.ZipFile(io.BytesIO(good))
zf.close()
zf.close()
attempt("closed read", lambda: zf.read("data.txt"))
attempt("closed repr", lambda: repr(zf))
w = zipfile.ZipFile(io.BytesIO(), "w")
w.close()
attempt("closed write", lambda: w.writestr("a", b"b"))
attempt("1979", lambda: zipfile.ZipInfo("old", (1979, 12, 31, 0, 0, 0)))
attempt("unknown method", lambda: zipfile.ZipFile(io.BytesIO(), "w", compression=99))
attempt("mkdir file info", lambda: zipfile.ZipFile(io.BytesIO(), "w").mkdir(
    zipfile.ZipInfo("notadir")))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with zipfile.ZipFile(io.BytesIO(), "w") as dup:
        dup.writestr(zipfile.ZipInfo("same.txt"), b"1")
        dup.writestr(zipfile.ZipInfo("same.txt"), b"2")
        print(dup.namelist())
print([(w.category.__name__, str(w.message)) for w in caught])
