# Round trips through UTF-8 and its aliases.
texts = ["plain", "naïve café", "Привет, мир", "日本語", "emoji 😀🎉", ""]
for t in texts:
    b = t.encode()
    print(len(t), len(b), b, b.decode() == t, t.encode("UTF8") == b, t.encode("utf_8") == b)
print(b"\xc3\xa9".decode("utf-8"), bytearray("é", "u8").decode(), memoryview(b"ok").tobytes().decode())
print("x".encode(encoding="utf-8", errors="strict"), b"y".decode(encoding="utf-8"))
