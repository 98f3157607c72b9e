# Pattern objects: attributes and methods with pos and endpos.
import re

p = re.compile(r"(?P<word>\w+)-(\d+)", re.I)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(p.match("abc-12 x-3"), p.search("  abc-12"), p.fullmatch("q-1"))
print(p.match("  abc-12", 2), p.match("abc-12", 0, 5), p.search("abc-12 x-3", 1))
print(p.findall("a-1 b-2 c-3", 2), p.findall("a-1 b-2 c-3", 0, 7))
print(p.sub("<\\1>", "a-1 b-2"), p.subn(r"\2", "a-1 b-2 c"), p.split("xa-1yb-2z"))
print(p == re.compile(r"(?P<word>\w+)-(\d+)", re.I), p == re.compile(r"x"))
print(hash(p) == hash(re.compile(r"(?P<word>\w+)-(\d+)", re.I)))
print(re.compile(p) is p)
try:
    re.compile(p, re.M)
except ValueError as e:
    print("ValueError:", e)
m = p.search("zz ab-7", 1, 100)
print(m.pos, m.endpos, m.span())
print(p.search("ab-7", -5, 2), p.match("ab-77", 0, -1), p.search("ab-7", 10))
print(re.compile("x").search("x", 3), re.compile("$").search("ab", 5))
print(re.compile(r"\d+$").search("12a34", 0, 2))
print(re.compile("^a").search("ba", 1), re.compile("(?m)^a").search("b\na", 1))
print(re.compile(r"\bb").search("ab", 1))
