# Views of a large buffer are read item by item and sliced without copying the whole buffer
# each time (this ran in quadratic time).
data = bytes(range(256)) * 4096          # 1 MiB
view = memoryview(data)
total = 0
for b in view[:200000]:
    total += b
print(total)
parts = []
pos = 0
while pos < len(view):
    chunk = view[pos:pos + 65536]
    parts.append(chunk.tobytes())
    pos += len(chunk)
print(len(parts), b"".join(parts) == data)
ba = bytearray(data)
mv = memoryview(ba)
print(sum(mv[i] for i in range(0, len(mv), 997)), bytes(mv[10:20]))
print(mv[::4096].tobytes()[:8], len(mv[::-1]), mv[::-1][0], mv[-1])
