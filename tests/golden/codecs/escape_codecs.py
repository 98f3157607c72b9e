# The unicode_escape and raw_unicode_escape codecs, both ways, with their errors.
texts = ["plain", "tab\there\nnewline", "back\\slash 'quotes' \"too\"", "caf\u00e9 \u00ff",
         "\u20ac and \U0001f600", "\x00\x01\x1f\x7f\x80", ""]
for codec in ("unicode_escape", "raw_unicode_escape"):
    for t in texts:
        b = t.encode(codec)
        print(codec, repr(b), b.decode(codec) == t)

samples = [b"\\n\\t\\r\\a\\b\\f\\v\\\\\\'\\\"", b"\\x41\\x7e", b"\\101\\0\\377", b"\\u00e9\\U0001F600",
           b"\\N{BULLET}\\N{LATIN SMALL LETTER A}", b"line\\\ncontinued", b"caf\xe9"]
for s in samples:
    print(repr(s.decode("unicode_escape")), repr(s.decode("raw_unicode_escape")))

bad = [b"\\x4", b"\\xZZ", b"\\u12", b"\\U0011ffff", b"abc\\", b"\\N{NO SUCH NAME}", b"\\Nx",
       b"\\N{BULLET"]
for s in bad:
    for errors in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(repr(s), errors, repr(s.decode("unicode_escape", errors)))
        except UnicodeDecodeError as e:
            print(repr(s), errors, "UnicodeDecodeError:", e.encoding, e.reason, e.start, e.end)
for s in [b"\\u12", b"\\U0011ffff", b"\\\\u0041", b"\\\\\\u0041"]:
    try:
        print(repr(s), repr(s.decode("raw_unicode_escape")))
    except UnicodeDecodeError as e:
        print(repr(s), "UnicodeDecodeError:", e)
