# str() with an encoding decodes; without one it shows the repr.
raw = "Zürich".encode("utf-8")
print(str(raw), str(raw, "utf-8"), str(raw, encoding="utf-8"), str(raw, "ascii", "replace"))
print(str(bytearray(b"ba"), "ascii"), str(memoryview(b"mv"), "latin-1"), str(object=b"kw", encoding="ascii"))
print(repr(str(b"x", errors="strict")), repr(str(encoding="ascii")))
for call in [lambda: str(5, "ascii"), lambda: str("s", "ascii"), lambda: str(b"a", "ascii", "strict", 1),
             lambda: str(b"x", foo=1), lambda: str(b"\xff", "utf-8"), lambda: str(b"x", 1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
