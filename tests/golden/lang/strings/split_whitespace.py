# split() and rsplit() without a separator: runs of whitespace, ends ignored.
s = "  one two\tthree\n\nfour  "
print(s.split())
print(s.split(None, 1))
print(s.split(maxsplit=2))
print(s.rsplit(None, 1))
print(s.rsplit(maxsplit=2))
print(s.split(None, 0), s.rsplit(None, 0))
print("".split(), "   ".split(), "x".split())
print("a\x1cb\x1dc\x1ed\x1fe\x85f\xa0g\u3000h\u2028i".split())
print("a\u200bb".split())
print("Привет,  мир  и  все".split())
