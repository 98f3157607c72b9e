# Nested containers through marshal: order, sharing and identity after loading.
import marshal

config = {
    "name": "service",
    "ports": [80, 443],
    "limits": {"cpu": 1.5, "memory": 2 ** 33},
    "flags": frozenset({"debug"}),
    "tags": ("a", "b"),
    "nothing": None,
    "ratio": 0.1 + 0.2,
    "enabled": True,
    "blob": b"\x00\x01\xff",
}
data = marshal.dumps(config)
back = marshal.loads(data)
print(back == config, list(back) == list(config))
print(len(data), data[:16])
for key, value in back.items():
    print(key, type(value).__name__, value)

shared = ["x"]
holder = {"first": shared, "second": shared, "third": [shared]}
back = marshal.loads(marshal.dumps(holder))
print(back["first"] is back["second"], back["third"][0] is back["first"])
print(marshal.dumps(holder))

matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
print(marshal.loads(marshal.dumps(matrix)))
print(marshal.dumps(matrix))

keys = {(1, 2): "pair", 3.5: "float", -7: "neg", "s": "str", b"b": "bytes", None: "none"}
print(marshal.loads(marshal.dumps(keys)) == keys)
words = "the quick brown fox jumps over the lazy dog the end".split()
data = marshal.dumps(words)
print(data.count(b"r"), marshal.loads(data) == words)
numbers = list(range(-3, 3)) + [2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1, 10 ** 20]
data = marshal.dumps(numbers)
print(data.hex())
print(marshal.loads(data) == numbers)
print(marshal.loads(marshal.dumps(float("nan"))) != marshal.loads(marshal.dumps(float("nan"))))
print(marshal.dumps([float("inf"), -0.0, 5e-324], 1))
print(marshal.loads(marshal.dumps([float("inf"), -0.0, 5e-324], 1)))
