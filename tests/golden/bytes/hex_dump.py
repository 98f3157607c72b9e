# A classic hex dump of a binary blob.
def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = chunk.hex(" ")
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        print(f"{off:08x}  {hexes:<{width * 3}} |{text}|")


hexdump(b"Hello, binary world!\x00\x01\x02\xff\xfe")
hexdump(bytes(range(0, 256, 17)), 6)
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef".hex("-", 2))
print(b"\x01\x02\x03\x04\x05".hex(" ", -2), b"\x01\x02\x03\x04\x05".hex(b"_", 2), b"".hex(":"))
print(bytearray(b"\x00\xff").hex(), memoryview(b"\x10\x20").hex())
for call in [lambda: b"ab".hex("::"), lambda: b"ab".hex(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
