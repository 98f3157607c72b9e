# Bytes written to sys.stdout.buffer go past the text that print() left in the text layer.
import sys
print("a")
print(sys.stdout.buffer.write(b"b\n"))
print("c")
print(sys.stdout.buffer, sys.stderr.buffer, sys.stdout.buffer.mode, sys.stdout.buffer.fileno())
sys.stdout.buffer.write("caf\u00e9\n".encode("latin-1"))
sys.stdout.flush()
sys.stdout.buffer.write(bytes([0xe2, 0x98, 0x83, 10]))
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print(e)
sys.stderr.buffer.write(b"to stderr\n")
