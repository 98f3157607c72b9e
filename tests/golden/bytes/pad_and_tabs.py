# Fixed-width fields in a binary record.
name = b"disk0"
print(name.ljust(10, b"\x00"), name.rjust(10), name.center(11, b"*"), name.center(10, b"*"))
print(b"42".zfill(6), b"-42".zfill(6), b"+7".zfill(4), b"abc".zfill(2), b"".zfill(3))
print(b"x".center(4, b"-"), b"ab".center(5), b"abc".ljust(-1), bytearray(b"7").rjust(3, b"0"))
print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(4), b"x\ty\nz\tw".expandtabs(tabsize=3), b"\t".expandtabs(0))
for call in [lambda: b"abc".center(10, "x"), lambda: b"abc".center(10, b"xy"), lambda: b"abc".ljust(10, b"xy"),
             lambda: b"abc".zfill("a"), lambda: b"abc".expandtabs("a")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
