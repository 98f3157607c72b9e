# A stream reader's buffer: bytes arrive in chunks at the back and whole lines are consumed
# from the front, with the other ways of shrinking and growing a bytearray in between.
import random

rng = random.Random(7)
buf = bytearray()
ref = []
lines = 0
for step in range(4000):
    chunk = bytes(rng.randrange(97, 123) for _ in range(rng.randrange(1, 300)))
    if rng.random() < 0.3:
        chunk += b"\n"
    buf += chunk
    ref.extend(chunk)
    while (i := buf.find(b"\n")) >= 0:
        line = bytes(buf[: i + 1])
        del buf[: i + 1]
        del ref[: i + 1]
        lines += 1
    op = rng.randrange(8)
    if op == 0 and buf:
        buf.pop(0); ref.pop(0)
    elif op == 1:
        buf.insert(0, 65); ref.insert(0, 65)
    elif op == 2 and len(buf) > 3:
        buf[1:3] = b"xyz"; ref[1:3] = b"xyz"
    elif op == 3 and len(buf) > 10:
        del buf[::3]; del ref[::3]
    elif op == 4:
        buf[0:0] = b"<<"; ref[0:0] = b"<<"
    elif op == 5 and buf:
        buf.remove(buf[0]); ref.pop(0)
    elif op == 6 and len(buf) > 5:
        del buf[2:5]; del ref[2:5]
    assert list(buf) == ref, step
print(lines, len(buf), bytes(buf[:20]), buf[-5:])
big = bytearray(b"0123456789" * 100_000)
while len(big) > 10:
    del big[:7]
    big.append(big[0])
print(len(big), big, big.hex())
m = memoryview(big)
try:
    del big[:2]
except BufferError as e:
    print("BufferError:", e)
m.release()
del big[:2]
print(big, bytes(big) == bytes(big.copy()), big == bytearray(big))
