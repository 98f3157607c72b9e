# zlib.error is an Exception; argument errors are TypeErrors and ValueErrors.
import zlib

print(zlib.error.__mro__, zlib.error.__module__)
for call in [lambda: zlib.compress(b"x", 11), lambda: zlib.compress(b"x", wbits=16),
             lambda: zlib.decompress(b"x", bufsize=-1), lambda: zlib.decompress(b"x", wbits=100),
             lambda: zlib.compress(), lambda: zlib.compress(None), lambda: zlib.decompress("text")]:
    try:
        call()
    except (zlib.error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
raise zlib.error("final")
