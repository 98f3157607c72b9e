# Splitting records and lines of bytes.
csv = b"name,age,city\nann,31,paris\nbob,,rome\n"
for line in csv.splitlines():
    print(line.split(b","))
print(csv.splitlines(keepends=True))
print(b"a\r\nb\rc\nd".splitlines(), b"".splitlines(), b"\n".splitlines())
print(b"  many   spaces\there \n".split(), b"  x  y  ".split(None, 1), b"  x  y  ".rsplit(None, 1))
print(b"a,b,c,d".split(b",", 2), b"a,b,c,d".rsplit(b",", 2), b"a,,b".split(b","))
print(b"".split(), b"".split(b","), b"abc".split(b"abc"), b"x--y--z".split(b"--"))
print(bytearray(b"k=v;k2=v2").split(b";"), b"k=v".split(sep=b"=", maxsplit=1))
for call in [lambda: b"abc".split(b""), lambda: b"abc".split(","), lambda: b"a".splitlines(1, 2)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
