# ASCII and Latin-1 decoding of raw bytes.
raw = bytes(range(0x78, 0x88)) + b"\xe9\xff"
print(raw.decode("latin-1"), len(raw.decode("latin1")))
print(raw.decode("ascii", "replace"), raw.decode("ascii", "ignore"), raw.decode("ascii", "backslashreplace"))
try:
    raw.decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(bytes(range(256)).decode("latin-1").encode("latin-1") == bytes(range(256)))
print("ÿ".encode("latin-1"), "abc".encode("ascii"), b"abc".decode("646"))
