# find/rfind/index/rindex, with start and end like a slice.
s = "hello world"
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("o", -4), s.find("o", 0, 4))
print(s.find("z"), s.find(""), s.find("", 11), s.find("", 12), s.rfind(""), s.rfind("", 2, 5))
print(s.index("world"), s.rindex("l"), s.index("l", None, None), s.find("l", 2 ** 100))
for f in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("o", 8)]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
for f in [lambda: s.find(1), lambda: s.find(), lambda: s.find("a", 1, 2, 3),
          lambda: s.find("a", "x"), lambda: s.find("a", start=1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
