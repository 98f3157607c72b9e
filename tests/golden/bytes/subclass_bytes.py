# A subclass of bytes with its own behaviour.
class Token(bytes):
    def describe(self):
        return f"Token({len(self)} bytes: {self.hex()})"


t = Token(b"\x01\x02abc")
print(t, repr(t), t.describe(), isinstance(t, bytes), type(t).__name__)
print(t[0], t[2:], t.upper(), type(t.upper()).__name__, t + b"!", t == b"\x01\x02abc")
print(len(t), b"abc" in t, t.find(b"b"), t.decode("latin-1"), bytes(t), hash(t) == hash(b"\x01\x02abc"))


class Tagged(bytes):
    def __new__(cls, payload, tag):
        self = super().__new__(cls, payload)
        self.tag = tag
        return self


x = Tagged(b"data", "T1")
print(x, x.tag, x.split(b"a"), type(Token.fromhex("ab")).__name__)
print(sorted([Token(b"b"), Token(b"a")]), {t: 1}[b"\x01\x02abc"])
