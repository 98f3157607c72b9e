# zfill, center, ljust, rjust (CPython's center puts the odd space by its own rule).
print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+42".zfill(2)), repr("".zfill(3)), repr("abc".zfill(-1)))
for w in [0, 4, 5, 6, 7, 8]:
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, ".")))
print(repr("мир".center(9, "ж")), repr("мир".ljust(5)), repr("мир".rjust(5, "_")))
for f in [lambda: "a".center(), lambda: "a".center(5, "xy"), lambda: "a".center(5, 1),
          lambda: "a".ljust(5, fillchar="x"), lambda: "a".zfill("3"), lambda: "a".rjust(2.0)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
