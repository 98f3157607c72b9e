# Membership tests: a byte value or a sub-sequence.
data = b"The quick brown fox"
print(b"quick" in data, b"slow" in data, b"" in data, ord("T") in data, 0 in data)
print(bytearray(b"own") in data, memoryview(b"fox") in data, b"fox" not in data)
ba = bytearray(b"\x00\x01\x02")
print(1 in ba, 5 in ba, b"\x01\x02" in ba, bytearray(b"\x02") in ba)
for call in [lambda: "quick" in data, lambda: 256 in data, lambda: -1 in ba, lambda: "x" in ba]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
