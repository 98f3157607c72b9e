# Every compression level on repetitive text: sizes shrink as the level rises.
import zlib

text = ("The quick brown fox jumps over the lazy dog. " * 40 + "Pack my box with five dozen liquor jugs. " * 40).encode()
for level in range(-1, 10):
    c = zlib.compress(text, level)
    print(level, len(c), c[:2].hex(), zlib.decompress(c) == text)
print(zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_COMPRESSION)
