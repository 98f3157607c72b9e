# Codecs CPython has and corun does not raise NotImplementedError naming them (CPython would
# encode); an unknown name is LookupError as in CPython. See LIMITATIONS.md.
for name in ["cp1252", "windows-1252", "shift_jis", "koi8_r", "latin2", "no-such-codec"]:
    try:
        print("x".encode(name))
    except (LookupError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
try:
    memoryview(b"abcd").cast("B", (2, 2))
except NotImplementedError as e:
    print("NotImplementedError:", e)
