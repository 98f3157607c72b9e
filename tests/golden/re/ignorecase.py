# IGNORECASE with literals, sets, ranges, backreferences and inline scopes.
import re

print(re.findall(r"python", "Python PYTHON python pyThOn", re.I))
print(re.findall(r"[a-z]+", "Hello World", re.I))
print(re.findall(r"[^a-z]", "aBc1D", re.I))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)straße", "STRAßE"))
print(re.match(r"(?i)éa", "ÉA"), re.match(r"(?ia)éa", "ÉA"), re.match(r"(?i)σ", "Σ"))
print(re.findall(r"(?i:a)b", "ab Ab aB AB"))
print(re.findall(r"a(?-i:b)", "ab Ab aB AB", re.I))
print(re.match(r"(?i)k", "\u212a"), re.match(r"(?i)[k]", "\u212a"))
print(re.search(rb"(?i)abc", b"xxABCxx"))
print(re.fullmatch(r"(?i)[^x]", "X"))
