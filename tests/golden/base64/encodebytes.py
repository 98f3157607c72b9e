# encodebytes wraps lines at 76 characters, as MIME bodies need.
import base64

blob = bytes(i * 7 % 256 for i in range(200))
text = base64.encodebytes(blob)
print(text.decode())
print([len(line) for line in text.split(b"\n")])
print(base64.decodebytes(text) == blob)
print(base64.encodebytes(b""), base64.encodebytes(b"x"))
try:
    base64.encodebytes("not bytes")
except TypeError as e:
    print("TypeError", e)
try:
    base64.decodebytes("c3Ry")
except TypeError as e:
    print("TypeError", e)
