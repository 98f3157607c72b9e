# Ascii85 as PostScript and PDF use it.
import base64

text = b"Man is distinguished, not only by his reason, but by this singular passion"
enc = base64.a85encode(text)
print(enc)
print(base64.a85decode(enc) == text)
print(base64.a85encode(text, adobe=True, wrapcol=30).decode())
print(base64.a85decode(base64.a85encode(text, adobe=True), adobe=True) == text)
print(base64.a85encode(b"\0\0\0\0\0\0\0\0abcd"), base64.a85encode(b"\0\0"), base64.a85encode(b"\0\0", pad=True))
print(base64.a85encode(b"    xx    ", foldspaces=True), base64.a85decode(b"y", foldspaces=True))
print(base64.a85decode(b"<~87cURD]i,\"Ebo80~>", adobe=True))
print(base64.a85decode(b"87cUR D]i,\n\"Ebo80"))
for bad, kw in [(b"abcz", {}), (b"87cURD", {"adobe": True}), (b"s8W-\"~", {}), (b"uuuuu", {}), (b"aby", {"foldspaces": True})]:
    try:
        base64.a85decode(bad, **kw)
    except ValueError as e:
        print("ValueError", e)
print(base64.a85encode(b"ab", wrapcol=1, adobe=True))
