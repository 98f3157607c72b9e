# Lists and dicts past the batch size of 1000.
import pickle
import zlib

cases = {
    "list1000": list(range(1000)),
    "list1001": list(range(1001)),
    "list2500": list(range(2500)),
    "dict1000": {i: -i for i in range(1000)},
    "dict1001": {i: str(i) for i in range(1001)},
}
for name, v in cases.items():
    for proto in (0, 2, 4):
        data = pickle.dumps(v, proto)
        assert pickle.loads(data) == v
        print(name, proto, len(data), zlib.crc32(data), data[:40])
