# Base85 (git binary patches) round trips and errors.
import base64

for v in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", bytes(range(20)), b"\xff" * 4]:
    e = base64.b85encode(v)
    print(v, e, base64.b85encode(v, pad=True), base64.b85decode(e) == v)
for bad in [b"a\"bc", b"|NsC0|NsC0~"]:
    try:
        base64.b85decode(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    base64.b85decode(b"|||||")
except ValueError as e:
    print("ValueError", e)
