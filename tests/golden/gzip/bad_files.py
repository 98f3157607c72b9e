# What gzip.decompress reports for data that is not a valid gzip stream.
import gzip

good = gzip.compress(b"payload " * 20, mtime=0)
cases = {
    "not gzip": b"PK\x03\x04 zip data",
    "one byte": b"\x1f",
    "short header": good[:6],
    "truncated": good[:-10],
    "no trailer": good[:-8],
    "bad crc": good[:-8] + b"\0\0\0\0" + good[-4:],
    "bad size": good[:-4] + b"\x01\0\0\0",
    "bad method": good[:2] + b"\x07" + good[3:],
}
for name, blob in cases.items():
    try:
        gzip.decompress(blob)
        print(name, "ok")
    except (gzip.BadGzipFile, EOFError, OSError) as e:
        print(name, type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError))
