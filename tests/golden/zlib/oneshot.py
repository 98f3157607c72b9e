# compress/decompress with levels, window sizes and framings, and their errors.
import zlib
d = b'hello world ' * 20
for kw in [{}, {'level':0},{'level':1},{'level':9},{'wbits':-15},{'wbits':31},{'wbits':9},{'wbits':12}]:
    print(kw, zlib.compress(d, **kw).hex())
for f in [lambda: zlib.compress(d, 10), lambda: zlib.compress(d, wbits=7), lambda: zlib.compress(d, wbits=40), lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(zlib.compress(d)[:-3]), lambda: zlib.decompress(zlib.compress(d)[:10]), lambda: zlib.decompress(b'x\x9c\xff\xff'), lambda: zlib.decompress(zlib.compress(d), wbits=-15), lambda: zlib.decompress(zlib.compress(d)+b'extra'), lambda: zlib.decompress(zlib.compress(d), wbits=99), lambda: zlib.decompress(zlib.compress(d, wbits=31), wbits=15), lambda: zlib.decompress(zlib.compress(d, wbits=31), wbits=47)[:5],lambda: zlib.decompress(zlib.compress(d), wbits=47)[:5], lambda: zlib.decompress(zlib.compress(d), bufsize=-1), lambda: zlib.compress('s'), lambda: zlib.decompress(zlib.compress(d,wbits=15), wbits=9), lambda: zlib.decompress(zlib.compress(d,wbits=15), wbits=0)[:3], lambda: zlib.crc32('x'), lambda: zlib.adler32(b'abc'), lambda: zlib.adler32(b'abc', 5), lambda: zlib.crc32(b'abc', -1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import random
r = random.Random(5)
words = [''.join(r.choice('abcdefghij') for _ in range(r.randint(2,8))) for _ in range(300)]
text = ' '.join(r.choice(words) for _ in range(20000)).encode()
for lvl in (-1, 1, 6, 9):
    c = zlib.compress(text, lvl)
    print(lvl, len(c), zlib.crc32(c), zlib.decompress(c) == text)
