# Parsing a small binary file header by hand.
header = b"BMP\x00" + (640).to_bytes(4, "little") + (480).to_bytes(4, "little") + b"\x18\x00" + b"name\x00\x00\x00\x00"
magic = header[:4].rstrip(b"\x00")
width = int.from_bytes(header[4:8], "little")
height = int.from_bytes(header[8:12], "little")
depth = int.from_bytes(header[12:14], "little")
name = header[14:22].rstrip(b"\x00").decode("ascii")
print(magic, width, height, depth, name)
print(f"{magic.decode()} {width}x{height}x{depth} '{name}'")
fields = [header[i:i + 4] for i in range(0, len(header), 4)]
print(fields)
print(header.count(0), header.index(b"name"), len(header))
