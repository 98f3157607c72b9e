# Sizes that cannot be allocated are MemoryError or OverflowError, never a crash.
for make in (bytes, bytearray):
    for call in [lambda: make(2 ** 62), lambda: make(b"a").center(1 << 62),
                 lambda: make(b"a").ljust(1 << 62), lambda: make(b"a").zfill(1 << 62),
                 lambda: make(b"\ta").expandtabs(2 ** 31), lambda: make(b"ab") * (2 ** 62),
                 lambda: make(2 ** 64)]:
        try:
            print(len(call()))
        except (MemoryError, OverflowError) as e:
            print(type(e).__name__, e)
