# Greedy, lazy and possessive quantifiers, and atomic groups.
import re

html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.*>", html))
print(re.findall(r"<.*?>", html))
print(re.match(r"a{2,4}", "aaaaa"), re.match(r"a{2,4}?", "aaaaa"))
print(re.match(r"a{,2}", "aaa"), re.match(r"a{2,}", "aaaa"), re.match(r"a{3}", "aa"))
print(re.match(r"x{}", "x{}"), re.match(r"x{1", "x{1"), re.match(r"x{a}", "x{a}"))
print(re.match(r"(ab)*?c", "ababc").groups(), re.match(r"(ab)+?", "abab").group())
print(re.match(r"a++b", "aaab"), re.match(r"a++a", "aaa"))
print(re.match(r"(?>a+)a", "aaa"), re.match(r"(?>a|ab)c", "abc"), re.match(r"(?:a|ab)c", "abc"))
print(re.match(r"\d*+\d", "123"), re.match(r"[ab]?+b", "b"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r".*?(\d+)", "abc 123 456").group(1), re.match(r".*(\d+)", "abc 123 456").group(1))
print(re.match(r"(a+)(a+)", "aaaa").groups(), re.match(r"(a+?)(a+)", "aaaa").groups())
