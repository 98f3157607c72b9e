# The *_encode / *_decode functions of the codecs namespace, with partial input.
import codecs

print(codecs.utf_8_encode("h\xe9"), codecs.utf_8_decode(b"h\xc3\xa9"))
print(codecs.utf_8_decode(b"ab\xe2\x82"), codecs.utf_8_decode(b"ab\xe2\x82", "replace", True))
print(codecs.utf_8_decode(b"ab\xff\xe2\x82", "replace"))
try:
    codecs.utf_8_decode(b"ab\xe2\x82", "strict", True)
except UnicodeDecodeError as e:
    print(e)
print(codecs.utf_16_decode(b"\xff\xfea\x00b"), codecs.utf_16_encode("ab"))
print(codecs.utf_16_le_encode("hi"), codecs.utf_16_be_decode(b"\x00h\x00"))
print(codecs.utf_32_le_encode("A"), codecs.utf_32_be_decode(b"\x00\x00\x00A\x00"))
print(codecs.latin_1_encode("caf\xe9"), codecs.latin_1_decode(b"caf\xe9"))
print(codecs.ascii_encode("abc"), codecs.ascii_decode(b"abc"))
print(codecs.ascii_encode("caf\xe9", "replace"), codecs.latin_1_encode("\u20ac", "xmlcharrefreplace"))
print(codecs.unicode_escape_encode("tab\there\u20ac"), codecs.unicode_escape_decode(b"a\\tb\\u20ac"))
print(codecs.raw_unicode_escape_encode("a\\\u20ac"), codecs.raw_unicode_escape_decode(b"\\u20ac"))
print(codecs.escape_decode(b"a\\n\\x41\\101\\\\"))
print(codecs.escape_decode("tab\\tq\\'"))
print(codecs.escape_encode(b"a\nA\x00\xff'\""))
try:
    codecs.escape_decode(b"bad\\x4")
except ValueError as e:
    print("ValueError:", e)
try:
    codecs.escape_decode(b"end\\")
except ValueError as e:
    print("ValueError:", e)
try:
    codecs.utf_8_encode(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.encode(b"x", "utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.decode("x", "utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.ascii_encode("caf\xe9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end)
