# Looking codecs up by their many names, and what a CodecInfo holds.
import codecs

names = ["UTF8", "utf_8", "U8", "Latin1", "latin-1", "ISO-8859-1", "us-ascii", "ASCII",
         "utf16", "UTF-16LE", "utf_32_be", "utf-8-sig", "unicode_escape", "raw_unicode_escape"]
for n in names:
    info = codecs.lookup(n)
    print(f"{n!r:22} -> {info.name}")

info = codecs.lookup("utf-8")
print(isinstance(info, tuple), len(info), info._is_text_encoding)
enc, dec, reader, writer = info
print(enc is info.encode, dec is info.decode, reader is info.streamreader, writer is info.streamwriter)
print(repr(info).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"))
print(codecs.getencoder("ascii")("hi"), codecs.getdecoder("ascii")(b"hi"))
print(codecs.getencoder("utf-16-le")("A"), codecs.getdecoder("utf-16-le")(b"A\x00"))
print(codecs.getreader("utf-8") is info.streamreader, codecs.getwriter("utf-8") is info.streamwriter)
print(codecs.getincrementalencoder("utf-8") is info.incrementalencoder)
print(codecs.getincrementaldecoder("utf-8") is info.incrementaldecoder)
print(codecs.lookup("latin1") is codecs.lookup("latin-1") or codecs.lookup("latin1") == codecs.lookup("latin-1"))

for bad in ["utf-9", "klingon", ""]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError:", e)
try:
    codecs.lookup(8)
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.encode("x", "nope")
except LookupError as e:
    print("LookupError:", e)
