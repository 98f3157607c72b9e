# bytes.decode (utf-8, ascii, latin-1, error handlers) and bytes.hex.
print(b"hello".decode(), b"h\xc3\xa9llo".decode("utf-8"), b"a\xe9b".decode("latin-1"))
print(b"a\xffb\xc3".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
def check(b, enc):
    try:
        print(b.decode(enc))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(b"\xff", "utf-8")
check(b"\xc3\x28", "utf-8")
check(b"ab\xe2\x82", "utf-8")
check(b"\xe2\x82\x28", "utf-8")
check(b"\xed\xa0\x80", "utf-8")
check(b"\xf0\x90\x80A", "utf-8")
check(b"a\xffb", "ascii")
check(b"a", "nope")
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef\x01".hex(":"), b"\xde\xad\xbe\xef\x01".hex(":", 2), b"".hex())
