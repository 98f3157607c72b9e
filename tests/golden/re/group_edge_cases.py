# Groups in repeats, optional groups, nested groups, lastindex.
import re

print(re.match(r"(a|b)*", "abba").group(1), re.match(r"(a|b)*", "").group(1))
print(re.match(r"((a)|b)+", "ab").groups(), re.match(r"(?:(a)|b)+", "ab").lastindex)
print(re.match(r"(a)(b)?", "a").lastindex, re.match(r"((a)b)", "ab").lastindex)
print(re.match(r"(a)(?:b)", "ab").lastindex, re.match(r"a", "a").lastindex)
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").lastgroup, re.match(r"(a)(?P<y>b)", "ab").lastgroup)
print(re.match(r"(a*)*", "b").groups(), re.match(r"(a|)*", "aa").groups())
print(re.match(r"(a*)+", "aa").groups(), re.match(r"(a*?)+?", "aa").groups())
print(re.match(r"((\w)(\w))+", "abcd").groups())
print(re.match(r"(\d+)-(\d+)?-(\d+)", "1--3").groups(default="?"))
print(re.match(r"(?:(\w)\s?)+", "a b c").group(1))
print(re.match(r"()", "").groups(), re.match(r"(?:)", "").span())
print(re.fullmatch(r"(?:ab|a)(?:bc|c)", "abc").span())
print(re.search(r"(x)|(y)", "y").groups(), re.search(r"(x)|(y)", "y").lastindex)
