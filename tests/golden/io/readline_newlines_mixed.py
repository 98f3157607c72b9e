# Reading a file line by line with universal newlines: '\n', '\r\n' and lone '\r' mixed, a
# '\r' at the very end, and a long file read one readline() at a time.
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "mixed.txt")
with open(path, "wb") as f:
    f.write(b"one\ntwo\r\nthree\rfour\r\r\nfive\n\nsix\r")

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=newline) as f:
        lines = []
        while True:
            line = f.readline()
            if not line:
                break
            lines.append(line)
    print(repr(newline), lines)

with open(path) as f:
    print(f.readline(2), f.readline(2), f.readline(), f.readline(100), f.read(3), f.readline())
    print(f.newlines)

with open(path, "w") as f:
    for i in range(3000):
        f.write(f"record {i}: " + "x" * (i % 50) + ("\r\n" if i % 7 == 0 else "\n"))
total = count = 0
with open(path) as f:
    while line := f.readline():
        total += len(line)
        count += 1
        if count in (1, 8, 2999):
            print(repr(line))
print(count, total)
with open(path) as f:
    print(sum(1 for _ in f), f.newlines)
os.remove(path)
