# Lone surrogates in str: escapes, chr/ord, and the codecs' error handlers that make and take
# them (surrogateescape is how CPython carries bytes that are not UTF-8 in a str).
s = "a\udcffb\ud800"
print(repr(s), ascii(s), len(s), [ord(c) for c in s])
print(s[1:3] == "\udcff\ud800", s.index("\ud800"), repr(s.upper()), s.count("\udcff"))
print(chr(0xDC80) == "\udc80", repr(chr(0xDFFF)), "\udcff".isprintable(), "x\udcff".isalpha())
print(sorted({"\udcff": 1, "a": 2}.items()) == [("a", 2), ("\udcff", 1)])
print(repr("é\udce9".encode("utf-8", "surrogateescape")))
print(repr("\ud800x".encode("utf-8", "surrogatepass")))
for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
    print(errors, repr(s.encode("utf-8", errors)), repr(s.encode("ascii", errors)))
for errors in ("strict", "surrogateescape"):
    try:
        s.encode("utf-8", errors)
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e)
try:
    "\udc00\udc01".encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
raw = b"caf\xc3\xa9 \xff\xfe end"
t = raw.decode("utf-8", "surrogateescape")
print(repr(t), t.encode("utf-8", "surrogateescape") == raw)
print(repr(b"a\xed\xa0\x80b".decode("utf-8", "surrogatepass")))
print(repr(b"\x80abc".decode("ascii", "surrogateescape")))
try:
    b"\xed\xa0\x80".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
