# A small binary log: records packed into a bytearray, read back through typed views.
import struct
from array import array

rec = struct.Struct("<Hh")
log = bytearray()
for i, temp in enumerate([215, 219, -12, 230]):
    log += rec.pack(i, temp)
print(len(log), rec.size)
readings = memoryview(log).cast("h")
temps = readings[1::2]
print(temps.tolist(), max(temps), sum(temps) / len(temps))
ids = array("H")
for off in range(0, len(log), rec.size):
    ids.append(rec.unpack_from(log, off)[0])
print(ids, ids.tobytes())
ids.byteswap()
print(ids.tolist())
