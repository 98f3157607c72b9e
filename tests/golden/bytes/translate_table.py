# A ROT13 and a byte filter with translate.
import string
rot = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    b"NOPQRSTUVWXYZABCDEFGHIJKLMamnopqrstuvwxyzabcdefghijkl"[:26].upper() + b"nopqrstuvwxyzabcdefghijklm",
)
msg = b"Hello, World!"
print(msg.translate(rot), msg.translate(rot).translate(rot))
print(msg.translate(None, b"lo"), msg.translate(None), msg.translate(rot, b"!,"))
print(bytearray(b"abc").translate(bytes.maketrans(b"abc", b"xyz")), bytearray.maketrans(b"a", b"b")[97])
print(len(bytes.maketrans(b"", b"")), msg.translate(rot, delete=b"H"))
for call in [lambda: msg.translate(b"short"), lambda: bytes.maketrans(b"ab", b"a")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
