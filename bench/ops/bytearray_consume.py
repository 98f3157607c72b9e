"""`del buf[:n]` consuming a 1 MB bytearray line by line, as a stream reader's buffer is read.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

ROUNDS = 6


def main():
    line = b"%08d some payload of a line\n"
    total = 0
    for r in range(ROUNDS):
        buf = bytearray()
        for i in range(30_000):
            buf += line % i
        while buf:
            n = buf.find(b"\n") + 1
            total += buf[n - 2]
            del buf[:n]
    print(total)


main()
