# The flags are an enum-like int type.
import re

print(re.I, re.IGNORECASE, repr(re.M), re.S, re.X, re.A, re.U, re.L)
print(re.I | re.M, re.M | re.I, re.I | re.M | re.S)
print(repr(re.NOFLAG), re.I & re.M, re.I ^ re.I)
print(int(re.I), re.I.value, re.I.name, (re.I | re.X).name)
print(re.I == 2, re.I + 0, re.M * 1, isinstance(re.I, int))
print(type(re.I).__name__, type(re.I | re.M).__name__, re.RegexFlag.__name__)
print(re.I | 512, f"{re.M}", f"{re.M:d}", "%d" % re.S)
print(re.compile("a", re.I | re.M).flags, re.compile(b"a").flags, re.compile("(?s)a").flags)
print(re.compile("(?x) a b # comment").match("ab"))
print(re.compile("a", 0).flags == re.compile("a").flags)
