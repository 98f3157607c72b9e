# Bytes passed where text is expected, and text where bytes are: codecs' error messages.
import codecs

for func, arg in [(codecs.utf_8_decode, "text"), (codecs.latin_1_decode, 5),
                  (codecs.utf_16_encode, b"x"), (codecs.ascii_encode, None)]:
    try:
        func(arg)
    except TypeError as e:
        print(func.__name__, "TypeError:", e)

try:
    codecs.decode(b"\x80abc", "ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    codecs.encode("\u20ac", "latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
    print(e.encoding, e.object, e.start, e.end, e.reason)
print(codecs.make_identity_dict(range(3)))
print(codecs.make_encoding_map({1: 10, 2: 20, 3: 10}))
try:
    codecs.decode(b"\xc3(", "utf-8")
except UnicodeDecodeError as e:
    print(e.reason)
    raise SystemExit(3)
