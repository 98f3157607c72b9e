# A text-encoding converter: re-encodes documents between encodings with codecs.
import codecs

docs = ["plain ascii", "café crème", "naïve – “quotes”", "emoji 🎉 ok", "日本語テキスト"]
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32-be", "latin-1", "ascii", "utf-8-sig"]:
    info = codecs.lookup(enc)
    print("==", enc, "->", info.name)
    for d in docs:
        try:
            data, n = info.encode(d)
            back, m = info.decode(data)
            print(f"  {d!r}: {len(data)} bytes, consumed {n}/{m}, round trip {back == d}")
        except UnicodeEncodeError as e:
            print(f"  {d!r}: {type(e).__name__}: {e}")
            print("   replace:", codecs.encode(d, enc, "replace"))
            print("   xml:", codecs.encode(d, enc, "xmlcharrefreplace"))
            print("   backslash:", codecs.encode(d, enc, "backslashreplace"))

print(codecs.encode("abc"), codecs.decode(b"abc"))
print(codecs.encode("x", encoding="utf-16-be"), codecs.decode(b"\x00x", encoding="utf_16_be"))
print(codecs.decode(b"caf\xe9", "latin-1"), codecs.decode(b"caf\xe9", "utf-8", "replace"))
print(codecs.decode(b"caf\xe9", "ascii", "ignore"), codecs.decode(b"caf\xe9", "ascii", "backslashreplace"))
