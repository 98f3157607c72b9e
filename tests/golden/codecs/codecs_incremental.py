# Decoding a byte stream that arrives in arbitrary chunks, as a network reader would.
import codecs

text = "héllo wörld — 日本 🎉!"
for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32", "utf-8-sig", "latin-1"]:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode(enc, "replace")
    for size in [1, 2, 3, 5]:
        dec = codecs.getincrementaldecoder(enc)()
        parts = [dec.decode(data[i:i + size]) for i in range(0, len(data), size)]
        parts.append(dec.decode(b"", final=True))
        out = "".join(parts)
        print(enc, size, out == data.decode(enc), len([p for p in parts if p]))

dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2")), repr(dec.decode(b"\x82")), repr(dec.decode(b"\xac")))
print(dec.getstate())
dec.decode(b"\xe2\x82")
print(dec.getstate())
dec.reset()
print(dec.getstate())
try:
    dec.decode(b"ok\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

dec = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(dec.decode(b"a\xffb\xe2")), repr(dec.decode(b"", True)))

enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", True))
enc.reset()
print(enc.encode("c"))
enc = codecs.getincrementalencoder("utf-8-sig")()
print(enc.encode("x"), enc.encode("y"))

print(list(codecs.iterencode(["ab", "", "cé"], "utf-8")))
print(list(codecs.iterdecode([b"a", b"\xc3", b"\xa9", b"z"], "utf-8")))
print("".join(codecs.iterdecode([b"\xff\xfe", b"h\x00", b"i"], "utf-16", errors="replace")))
