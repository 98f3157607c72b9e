# The module's constants.
import zlib

names = ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION", "Z_BEST_SPEED",
         "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED",
         "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH",
         "Z_BLOCK", "Z_TREES"]
for n in names:
    print(n, getattr(zlib, n))
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION[0].isdigit(), zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION)
