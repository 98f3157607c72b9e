# hashlib.file_digest over binary file objects.
import hashlib


class Reader:
    """A minimal binary file: readinto() fills a buffer from the data."""

    def __init__(self, data):
        self.data, self.pos = data, 0

    def readable(self):
        return True

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos, 7)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


class Buffered:
    def __init__(self, data):
        self.data = data

    def getbuffer(self):
        return memoryview(self.data)


data = bytes(range(100)) * 3
print(hashlib.file_digest(Reader(data), "sha256").hexdigest())
print(hashlib.file_digest(Reader(data), hashlib.md5).hexdigest())
print(hashlib.file_digest(Buffered(data), "sha1").hexdigest())
print(hashlib.sha256(data).hexdigest())
try:
    hashlib.file_digest(object(), "sha256")
except ValueError as e:
    print("ValueError:", str(e).split(" object at")[0])
