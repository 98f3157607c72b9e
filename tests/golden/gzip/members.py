# Concatenated members decompress to the concatenation; zero padding between them is skipped.
import gzip

a = gzip.compress(b"first part\n", mtime=0)
b = gzip.compress(b"second part\n", mtime=0)
print(gzip.decompress(a + b))
print(gzip.decompress(a + b"\0\0\0\0" + b))
print(gzip.decompress(a + b"\0\0"))
