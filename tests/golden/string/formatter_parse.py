from string import Formatter

f = Formatter()
for s in ["plain", "a{0}b", "{x!r:>10}", "{{}}", "{a[b].c:{w}}", "{}{}", "x}}y{{z", "{:}", "{!s}",
          "{0[}]}", ""]:
    print(repr(s), list(f.parse(s)))
for s in ["{", "}", "{0", "{0!}", "{0!rr}", "{a{b}}", "{0:{1}", "a}b"]:
    try:
        print(list(f.parse(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
