# count and maxsplit limits, and keyword arguments.
import re

print(re.sub("a", "b", "aaaa", count=2), re.sub("a", "b", "aaaa", 0), re.sub("a", "b", "aaaa", 1))
print(re.subn("a", "b", "aaaa", count=10))
print(re.split(",", "a,b,c,d", maxsplit=2), re.split(",", "a,b,c,d", maxsplit=0))
print(re.split(",", "a,b,c,d", maxsplit=-1), re.sub("a", "b", "aaa", count=-1))
print(re.compile(",").split(string="x,y", maxsplit=1))
print(re.compile("o").sub(repl="0", string="foo", count=1))
print(re.findall(pattern=r"\d", string="a1b2", flags=0))
print(re.search(string="abc", pattern="b"))
