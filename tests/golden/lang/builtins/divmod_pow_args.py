# Argument checking of divmod, abs, hex, chr, ord, hash.
def show(g):
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: divmod(1))
show(lambda: divmod(1, 2, 3))
show(lambda: divmod('a', 1))
show(lambda: divmod(1, 2, x=3))
show(lambda: abs())
show(lambda: hex())
show(lambda: oct(1, 2))
show(lambda: ord())
show(lambda: hash(1, 2))
show(lambda: any())
show(lambda: all([], []))
