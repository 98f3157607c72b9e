# Bytes literals and their escapes.
print(b"\x41\102\n\t\\", rb"\x41\n", br"raw\d", b"\0\07\x7f", b'\'"', b"""tri
ple""", len(b"\x00\x00"))
print(b"adjacent" b" literals", b"a" + b"\
continued")
print(list(b"\a\b\f\v\r"), b"\N" == b"\\N", b"\u1234" == b"\\u1234")
