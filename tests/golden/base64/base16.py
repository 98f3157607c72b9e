# Base16 (uppercase hex).
import base64
import binascii

print(base64.b16encode(b"\x00\x01\xab\xcd\xff"))
print(base64.b16decode(b"0001ABCDFF"))
print(base64.b16decode("0001abcdff", casefold=True))
for text in ["0001abcdff", "ABC", "XY"]:
    try:
        print(base64.b16decode(text))
    except binascii.Error as e:
        print(text, "Error:", e)
