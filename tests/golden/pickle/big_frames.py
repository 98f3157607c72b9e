# Sets past the batch size of 1000, and frames past 64 KiB.
import pickle
import zlib

cases = {
    "set1000": set(range(1000)),
    "set3000": set(range(3000)),
    "strings": ["item number %d" % i for i in range(4000)],
    "blob": [b"\x01" * 70000, "t" * 70000, bytearray(b"\x02" * 65536)],
}
for name, v in cases.items():
    for proto in (2, 4):
        data = pickle.dumps(v, proto)
        assert pickle.loads(data) == v
        print(name, proto, len(data), zlib.crc32(data), data[:40])
