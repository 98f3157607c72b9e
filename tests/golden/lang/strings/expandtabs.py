# expandtabs: tab stops every 8 columns, or tabsize; columns restart after \n and \r.
print(repr("a\tb\tc".expandtabs()))
print(repr("a\tbc\tdef\tghij\tk".expandtabs(4)))
print(repr("ab\n\tc\r\td".expandtabs(tabsize=3)))
print(repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-1)), repr("ж\tж".expandtabs(2)))
for f in [lambda: "a".expandtabs("x"), lambda: "a".expandtabs(tabsize=4, x=1), lambda: "a".expandtabs(4, 5)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
