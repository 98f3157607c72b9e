# Recognising file types by their magic numbers.
MAGIC = {
    b"\x89PNG": "png",
    b"GIF8": "gif",
    b"\xff\xd8\xff": "jpeg",
    b"PK\x03\x04": "zip",
    b"%PDF": "pdf",
}
files = [b"\x89PNG\r\n\x1a\n....", b"GIF89a...", b"\xff\xd8\xff\xe0", b"%PDF-1.7", b"hello"]
for f in files:
    kind = next((name for magic, name in MAGIC.items() if f.startswith(magic)), "unknown")
    print(kind, f.startswith(tuple(MAGIC)), f.endswith((b"...", b"a")))
print(b"hello".startswith(b"ell", 1), b"hello".startswith(b"ell", 1, 3), b"hello".endswith(b"ll", 0, 4))
print(b"hello".startswith(b""), b"hello".endswith(b"", 10), b"hello".startswith(b"h", -5))
print(bytearray(b"data").startswith(bytearray(b"da")), b"x".startswith(memoryview(b"x")))
for call in [lambda: b"abc".startswith("a"), lambda: b"abc".endswith(1), lambda: b"abc".startswith(("a",))]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
