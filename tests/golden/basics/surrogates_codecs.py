# Lone surrogates through UTF-16, UTF-32 and JSON: what surrogatepass lets through each way,
# what the other handlers do with them, and JSON escapes of a surrogate on its own.
import json

s = "a\udc80\ud800z"
for codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"):
    b = s.encode(codec, "surrogatepass")
    print(codec, b.hex(), ascii(b.decode(codec, "surrogatepass")))
    for errors in ("strict", "surrogateescape"):
        try:
            s.encode(codec, errors)
        except UnicodeEncodeError as e:
            print(" ", errors, e.start, e.end, e)
    for errors in ("replace", "backslashreplace", "xmlcharrefreplace", "ignore"):
        print(" ", errors, s.encode(codec, errors).hex())
for raw, codec in [
    (b"\x00\xd8a\x00", "utf-16-le"),
    (b"\x00\xdc", "utf-16-le"),
    (b"\xd8\x00", "utf-16-be"),
    (b"\x00\xd8\x00\x00", "utf-32-le"),
]:
    print(ascii(raw.decode(codec, "surrogatepass")), ascii(raw.decode(codec, "replace")))
    try:
        raw.decode(codec)
    except UnicodeDecodeError as e:
        print(" ", e)
print(ascii(b"ok\xff".decode("utf-16-le", "surrogateescape")))
try:
    b"\x00".decode("utf-16-le", "surrogateescape")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\xed\xa0".decode("utf-8", "surrogatepass")
except UnicodeDecodeError as e:
    print(e)
print(ascii(json.loads('"\\ud800 and \\udc80 and \\ud83d\\ude00"')))
print(json.dumps("x\udc80y"), ascii(json.dumps("x\udc80y", ensure_ascii=False)))
print(json.loads(json.dumps("\udfff")) == "\udfff")
