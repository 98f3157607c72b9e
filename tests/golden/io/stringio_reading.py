# read, readline and readlines with sizes, and iteration.
import io

s = io.StringIO("line one\nline two\nline three\n")
print(repr(s.read(4)), repr(s.readline()), repr(s.readline(4)), s.tell())
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
s.seek(0)
for n, line in enumerate(s, 1):
    print(n, repr(line))
print(io.StringIO("a\nb\nc\nd\n").readlines(2))
print(io.StringIO("a\nb\nc\n").readlines(0), io.StringIO("no newline").readlines())
s = io.StringIO("xyz")
print(repr(s.read(None)), repr(s.read(-5)))
