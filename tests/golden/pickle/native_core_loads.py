# A message log read back pickle by pickle from one stream, and broken pickles of every kind.
import io
import pickle

messages = [
    {"id": 1, "from": "ann", "body": "héllo", "tags": {"a", "b"}, "at": (2024, 5, 1)},
    {"id": 2, "from": "bob", "body": "x" * 70000, "ratio": 0.25, "big": -2**80},
    ["plain", b"raw bytes", bytearray(b"mutable"), None, True, False, frozenset({1})],
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    stream = io.BytesIO()
    for m in messages:
        pickle.dump(m, stream, proto)
    stream.seek(0)
    back = [pickle.load(stream) for _ in messages]
    assert back == messages, proto
    try:
        pickle.load(stream)
    except EOFError as e:
        print(proto, "read all, then EOFError:", e)


class Reader:
    """A file object with only `read` and `readline`, counting the bytes handed out."""

    def __init__(self, data):
        self.f = io.BytesIO(data)
        self.given = 0

    def read(self, n=-1):
        b = self.f.read(n)
        self.given += len(b)
        return b

    def readline(self):
        b = self.f.readline()
        self.given += len(b)
        return b


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = b"".join(pickle.dumps(m, proto) for m in messages)
    r = Reader(data)
    u = pickle.Unpickler(r)
    print(proto, "reader", [u.load() == m for m in messages], r.given == len(data))


class Log:
    def __init__(self):
        self.lines = []
        self.index = {}

    def extend(self, items):
        self.lines.extend(items)

    def append(self, item):
        self.lines.append(item)

    def __setitem__(self, k, v):
        self.index[k] = v

    def __reduce__(self):
        return Log, (), None, iter(self.lines), iter(self.index.items())


log = Log()
log.lines = ["a", "b", "c"]
log.index = {"a": 0, "c": 2}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(log, proto))
    print(proto, back.lines, back.index)

broken = [
    b"",
    b"\x80\x04",
    b"K",
    b"K\x01",
    b"\x80\x05K\x01K\x02t.",
    b"(K\x01u.",
    b"}(K\x01u.",
    b"h\x05.",
    b"j\x05\x00\x00\x00.",
    b"\xff",
    b"Z",
    b"a.",
    b"]K\x01a",
    b"\x8c\x05abc",
    b"X\x02\x00\x00\x00\xff\xfe.",
    b"e.",
    b"K\x01\x90.",
    b"\x85.",
    b"0.",
    b"1.",
    b"\x94.",
]
for data in broken:
    try:
        print(data, "->", repr(pickle.loads(data)))
    except Exception as e:
        print(data, "->", type(e).__name__, e)
