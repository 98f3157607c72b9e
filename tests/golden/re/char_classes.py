# Character sets and class escapes.
import re

s = "Tab\there, 123 numbers; under_score & ünïcödé ٣ done."
print(re.findall(r"\d", s))
print(re.findall(r"\d", s, re.A))
print(re.findall(r"\w+", s))
print(re.findall(r"\w+", s, re.ASCII))
print(re.findall(r"\s", s))
print(re.findall(r"[^\w\s]", s))
print(re.findall(r"[a-c\d]", "abcdef 0129"))
print(re.findall(r"[]a]", "a]b"), re.findall(r"[^]a]", "a]b"), re.findall(r"[a-]", "-a-"))
print(re.findall(r"[\]\\-]", r"x]\-y"), re.findall(r"[.*+?]", "a.b*c+d?"))
print(re.findall(r"[\x41-\x43]", "ABCD"), re.findall(r"[\u00e0-\u00ff]+", "voilà café"))
print(re.findall(r"[\s\d]", "a 1\tb2"), re.findall(r"[^\D]", "a1b2"))
print(re.findall(r"\W", "a-b_c!"), re.findall(r"\S+", "  x yz  "))
print(re.findall(r"[\b]", "a\bb"), re.findall(r"\x2d|\055|\t", "-\t"))
print(re.match(r".", "\n"), re.match(r".", "\n", re.S), re.match(r"(?s).", "\n"))
