# Trimming padding off binary fields.
field = b"\x00\x00name\x00\x00"
print(field.strip(b"\x00"), field.lstrip(b"\x00"), field.rstrip(b"\x00"))
print(b"  \t text \r\n".strip(), b"xxhixx".strip(b"x"), b"www.example.com".lstrip(b"cmowz."))
print(b"mississippi".rstrip(b"ipz"), b"abc".strip(b""), b"   ".strip(), b"abc".strip(None))
print(bytearray(b"  pad  ").strip(), bytearray(b"--x--").strip(bytearray(b"-")))
s = b"keep"
print(s.strip() is s, s.lstrip(b"z") is s)
print(b"HTTP/1.1".removeprefix(b"HTTP/"), b"file.tar.gz".removesuffix(b".gz"), b"abc".removeprefix(b"x"))
print(bytearray(b"prefix-body").removeprefix(b"prefix-"))
for call in [lambda: b"abc".strip("a"), lambda: b"abc".removeprefix("a"), lambda: b"x".lstrip(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
