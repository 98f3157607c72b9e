# Iterating over matches with their positions.
import re

text = "He was carefully disguised but captured quickly by police."
for m in re.finditer(r"\w+ly\b", text):
    print("%02d-%02d: %s" % (m.start(), m.end(), m.group(0)))

it = re.finditer(r"\d+", "a12b345c6")
print(type(it).__name__ in ("generator", "callable_iterator"))
print([m.span() for m in it])
print([m.group() for m in re.finditer(r"x*", "axb")])
p = re.compile(r"o")
print([m.start() for m in p.finditer("foo boo zoo", 3, 9)])
for m in re.finditer(r"(?P<key>\w+)=(?P<val>[^;]*)", "a=1;b=;c=three"):
    print(m.groupdict(), m.pos, m.endpos, m.lastindex)
