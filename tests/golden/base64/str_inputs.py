# Decoders accept ASCII str; encoders want bytes-like objects.
import base64

print(base64.b64decode("Zm9vYmFy"), base64.b32decode("MZXW6YTBOI======"), base64.b16decode("666F6F"))
print(base64.b85decode("W^Zp|VR8"), base64.a85decode("AoDTs@<)"))
for bad in ["caf\u00e9", 3, None, [1, 2]]:
    try:
        base64.b64decode(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for enc in [base64.b64encode, base64.b32encode, base64.b16encode, base64.b85encode]:
    try:
        enc("text")
    except TypeError as e:
        print(enc.__name__, type(e).__name__, e)
print(base64.b64encode(bytearray(b"ab")), base64.b64encode(memoryview(b"ab")))
print(base64.b64decode(bytearray(b"YWI=")), base64.b64decode(memoryview(b"YWI=")))
