# UTF-16 and UTF-32, with and without byte order marks.
text = "aé€😀"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "utf_32"]:
    b = text.encode(enc)
    print(enc, len(b), b, b.decode(enc) == text)
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"\xfe\xff\x00h\x00i".decode("utf-16"))
print(b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"), b"h\x00i\x00".decode("utf-16"))
bad = [(b"a\x00b", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-le"),
       (b"\x00\xd8", "utf-16-le"), (b"\xff\xfea\x00b", "utf-16"), (b"a\x00\x00\x00b", "utf-32-le"),
       (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le")]
for b, enc in bad:
    for handler in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(enc, handler, repr(b.decode(enc, handler)))
        except UnicodeDecodeError as e:
            print(enc, handler, "UnicodeDecodeError:", e)
