# strip/lstrip/rstrip: whitespace by default, or any of the given characters.
s = " \t\n hello \r\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".lstrip("xy")), repr("xyhiyx".rstrip("yx")))
print(repr("\u3000\x1c\x85hi\xa0 ".strip()), repr("abc".strip("")), repr("aaa".strip("a")))
print(repr("--Привет--".strip("-")), repr("ёжик".strip("ёк")), repr("x".strip(None)))
for f in [lambda: "a".strip(1), lambda: "a".lstrip("a", "b"), lambda: "a".rstrip(chars="a")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
