# findall returns strings, or tuples when there are several groups.
import re

text = "John: 555-1234, Jane: 555-9876, Bob: n/a"
print(re.findall(r"\d{3}-\d{4}", text))
print(re.findall(r"(\w+): (\d{3}-\d{4})", text))
print(re.findall(r"(\w+): (?:\d{3})-(\d{4})", text))
print(re.findall(r"(\d)?x", "1x x 2x"))
print(re.findall(r"", "abc"))
print(re.findall(r"a*", "baaac"))
print(re.findall(r"\b\w", "the quick brown fox"))
print(re.findall(r"(a)|(b)", "abc"))
print(re.findall(r"[aeiou]", "Programming in Python", re.I))
print(re.compile(r"\d").findall("a1b2c3d4", 2, 6))
print(len(re.findall(r"\w+", "word " * 1000)))
