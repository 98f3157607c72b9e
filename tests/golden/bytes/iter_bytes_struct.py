# Reading little-endian fields from a record stream.
records = b"".join(i.to_bytes(2, "little") + bytes([i * 3 % 256]) + b"N%d" % i for i in range(5))
size = 5
for off in range(0, len(records), size):
    rec = records[off:off + size]
    ident = int.from_bytes(rec[:2], "little")
    flag = rec[2]
    name = rec[3:].decode()
    print(ident, flag, name, rec)
view = memoryview(records)
print([int.from_bytes(view[i:i + 2], "little") for i in range(0, len(view), size)])
