# The compile cache and purge.
import re

a = re.compile(r"\d+")
b = re.compile(r"\d+")
print(a is b, a == b)
re.purge()
c = re.compile(r"\d+")
print(c == a, c.pattern)
print(re.compile(r"\d+", re.I) is re.compile(r"\d+", re.I), re.compile("x", re.I) == re.compile("x"))
for i in range(600):
    re.match("x%d" % i, "x%d" % i)
print(re.match("x5", "x5").group())
re.purge()
print(re.sub("a", "b", "aaa"))
