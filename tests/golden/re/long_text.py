# Patterns over long subjects: many matches and deep repetition.
import re

s = "ab" * 50000
print(len(re.findall(r"ab", s)), re.fullmatch(r"(?:ab)*", s) is not None)
print(re.search(r"b(a)b$", s).span(), len(re.sub(r"a", "", s)))
print(re.match(r"(a|b)*", s).span(), re.match(r"(?:a|b)*?$", s).end())
t = "x" * 100000 + "needle" + "y" * 10
print(re.search(r"needle", t).start(), re.search(r"[n]e+dle", t).start())
print(len(re.split(r"(?<=b)(?=a)", s[:1000])))
words = " ".join("w%d" % i for i in range(20000))
print(len(re.findall(r"\bw\d*7\b", words)), re.findall(r"w1999\d", words)[:3])
