# Splitting HTTP-style header lines with partition.
raw = b"Content-Type: text/html; charset=utf-8\r\nX-Empty:\r\nNoColon\r\n"
for line in raw.splitlines():
    key, sep, value = line.partition(b":")
    print(key, sep, value.strip())
print(b"a.b.c".rpartition(b"."), b"abc".rpartition(b"x"), b"abc".partition(b"x"))
print(bytearray(b"k=v").partition(b"="), bytearray(b"nothing").rpartition(b"="))
s = b"whole"
print(s.partition(b"x")[0] is s)
for call in [lambda: b"abc".partition(b""), lambda: b"abc".partition("a")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
