# Lookahead and lookbehind assertions.
import re

print(re.findall(r"\w+(?=,)", "a, bb, ccc dd"))
print(re.findall(r"\w+(?!,)\b", "a, bb, ccc dd"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7, not 9"))
print(re.findall(r"(?<!\$)\b\d+\b", "cost $12 or 7, not 9"))
print(re.sub(r"(?<=\d)(?=(\d{3})+\b)", ",", "1234567 and 89 and 1000"))
print(re.search(r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$", "Passw0rdX"))
print(re.search(r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$", "password"))
print(re.match(r"(?=(\w+))\w", "hello").groups())
print(re.match(r"(?!(\d))\w", "abc").groups())
print(re.findall(r"(?<=a)b|(?<=c)d", "ab cd ad cb"))
print(re.search(r"(?<=ab)c", "abc").span(), re.search(r"(?<!ab)c", "abc"))
print(re.search(r"(?<=(a))b", "ab").group(1))
print(re.search(r"q(?!u)", "quit qatar").start())
print(re.findall(r"(?<=-)\w+", "-a -bc d-e"))
