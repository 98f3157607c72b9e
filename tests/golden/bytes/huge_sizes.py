# Sizes that cannot be allocated are MemoryError or OverflowError, never a crash.
for call in [lambda: bytes(2 ** 62), lambda: bytearray(2 ** 62), lambda: b"a".center(1 << 62),
             lambda: b"a".ljust(1 << 62), lambda: b"a".zfill(1 << 62), lambda: b"\ta".expandtabs(2 ** 31),
             lambda: bytearray(b"\ta").expandtabs(2 ** 31), lambda: bytes(2 ** 64), lambda: bytearray(2 ** 64)]:
    try:
        print(len(call()))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
# (CPython's bytearray padding methods also report a stray SystemError on stderr for these
# sizes, so they are left out.)
print(len(b"ab" * 3))
