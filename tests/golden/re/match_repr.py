# reprs of matches and patterns.
import re

print(re.match("abc", "abcdef"))
print(re.search("", "xyz"))
print(re.search("b+", "abbbc"))
print(re.match("a" * 60, "a" * 70))
print(re.match(r"'", "'quote"))
print(re.match(r'"', '"'))
print(re.match(r"\w+", "héllo wörld"))
print(re.match(rb"\w+", b"bytes too"))
print(repr(re.compile("x")), repr(re.compile("x", re.I | re.S)))
print(re.compile(r"\d+\.\d*"), re.compile(b"raw", re.M))
print(re.compile("y", re.A), re.compile("z", re.U), re.compile("q", re.X | re.M | re.I))
print(re.compile("w" * 250))
print(re.compile("tab\there"))
print(re.match("x", "y"))
