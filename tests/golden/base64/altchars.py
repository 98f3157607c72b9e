# Alternative alphabets and strict validation of b64decode.
import base64
import binascii

data = bytes([0xfb, 0xef, 0xbe, 0xff])
enc = base64.b64encode(data, altchars=b"*!")
print(enc, base64.b64decode(enc, altchars=b"*!"), base64.b64decode(enc.decode(), "*!"))
print(base64.b64decode(b"SGVs bG8=\n"))
for text in [b"SGVs bG8=", b"SGVsbG8=", b"SGVsbG8", b"SGVsbG8==", b"SGVs\nbG8="]:
    try:
        print(text, base64.b64decode(text, validate=True))
    except binascii.Error as e:
        print(text, "Error:", e)
try:
    base64.b64encode(b"abc", altchars=b"-")
except AssertionError as e:
    print("AssertionError", e)
