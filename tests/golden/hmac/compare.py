# compare_digest on bytes-likes and ASCII strings.
import hmac

pairs = [(b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), ("tok", "tok"), ("tok", "TOK"),
         (bytearray(b"x"), b"x"), (memoryview(b"xy"), bytearray(b"xy")), (b"", b""), ("", "")]
for a, b in pairs:
    print(repr(a)[:20], repr(b)[:20], hmac.compare_digest(a, b))
for a, b in [("caf\u00e9", "cafe"), ("a", b"a"), (1, 1), (None, b"x")]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)
