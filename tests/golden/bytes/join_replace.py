# Assembling and rewriting byte strings.
parts = [b"alpha", bytearray(b"beta"), memoryview(b"gamma")]
print(b", ".join(parts), b"".join([]), bytearray(b"-").join([b"a", b"b"]))
print(b"\r\n".join(line for line in [b"HTTP/1.1 200 OK", b"Content-Length: 0", b""]))
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"))
print(b"abc".replace(b"", b"-", 2), b"hello".replace(b"l", b""), b"x".replace(b"y", b"z"))
print(bytearray(b"a.b.c").replace(b".", b"::"))
for call in [lambda: b"".join([b"a", "b"]), lambda: b"-".join([1]), lambda: b"abc".replace("a", b"b"),
             lambda: b"abc".replace(b"a", b"b", "x")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
