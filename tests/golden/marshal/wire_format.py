# The bytes of marshal's format, version by version.
import marshal

samples = {
    "none": None, "true": True, "small": 7, "neg": -300, "big": 2 ** 45, "huge": -(3 ** 50),
    "float": 2.5, "complex": 1 - 2j, "word": "hello", "text": "hello world", "empty": "",
    "latin": "caf\u00e9", "cjk": "\u6f22\u5b57", "bytes": b"\x01\x02", "tuple": (1, 2.0, "x"),
    "list": [1, [2]], "dict": {"a": 1}, "set": {5}, "fs": frozenset({6}), "ellipsis": ...,
    "stop": StopIteration,
}
for name, value in samples.items():
    for version in (0, 2, 3, 4):
        data = marshal.dumps(value, version)
        back = marshal.loads(data)
        print(f"{name:8} v{version} {data.hex()} {back == value}")

long_ascii = "a" * 256
print(marshal.dumps(long_ascii)[:6])
long_tuple = tuple(range(256))
print(marshal.dumps(long_tuple)[:6])
surrogate = "\udc80"
print(marshal.dumps(surrogate), marshal.loads(marshal.dumps(surrogate)) == surrogate)

selfref = []
selfref.append(selfref)
data = marshal.dumps(selfref)
print(data)
back = marshal.loads(data)
print(back[0] is back)

d = {}
d["me"] = [d]
print(marshal.dumps(d))
x = [1.5]
holder = [x, x, [x]]
print(marshal.dumps(holder))
back = marshal.loads(marshal.dumps(holder))
print(back[0] is back[1], back[2][0] is back[0])
print(marshal.dumps(holder, 2))
back = marshal.loads(marshal.dumps(holder, 2))
print(back[0] is back[1])
