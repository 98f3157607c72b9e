# Inline flags, global and scoped.
import re

print(re.findall(r"(?i)abc", "ABC abc aBc"))
print(re.findall(r"(?m)^\w", "a\nb\nc"))
print(re.findall(r"(?s)a.b", "a\nb"), re.findall(r"a.b", "a\nb"))
print(re.findall(r"(?a)\w+", "héllo wörld"))
print(re.findall(r"(?im)^x", "X\nx\ny"))
print(re.findall(r"a(?i:b)c", "abc aBc abC"))
print(re.findall(r"(?i)a(?-i:b)c", "abc ABC AbC aBc"))
print(re.findall(r"(?s:.)(?-s:.)", "\n\n\nx"))
print(re.findall(r"(?x: a b )c", "abc ab c"))
print(re.compile(r"(?i)(?m)x").flags & (re.I | re.M) == re.I | re.M)
print(re.compile(r"(?#a comment)(?i)x").flags)
print(re.match(r"(?u)\w", "é"), re.match(r"(?a:\w)", "é"))
