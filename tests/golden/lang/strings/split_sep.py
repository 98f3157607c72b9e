# split() and rsplit() with a separator and maxsplit (positional or by keyword).
s = "a,b,,c,"
print(s.split(","))
print(s.split(",", 1))
print(s.rsplit(",", 1))
print(s.split(sep=",", maxsplit=2))
print(s.rsplit(",", maxsplit=2))
print(s.split(",", -1))
print(s.split(",", 0))
print("aaa".split("aa"), "aaa".rsplit("aa"))
print("".split(","), "abc".split("abc"), "abc".split("x"))
print("один::два::три".split("::"))
print("a b".split(None), "a b".split(sep=None, maxsplit=True))
