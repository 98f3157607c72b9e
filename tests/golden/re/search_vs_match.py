# search, match and fullmatch differ in where the match may be.
import re

for f in (re.match, re.search, re.fullmatch):
    print(f.__name__, f(r"c", "abcdef"), f(r"a.*", "abc"), f(r"a.*c", "abc\n"))
print(re.search(r"^c", "abc\ncd", re.M), re.match(r"c", "abc\ncd", re.M))
print(re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"))
print(re.fullmatch(r"a*?", "aaa"), re.fullmatch(r"(?:a|ab)(?:c|bcd)", "abcd"))
print(re.compile(r"b").fullmatch("abc", 1, 2), re.compile(r"a$").fullmatch("ab", 0, 1))
