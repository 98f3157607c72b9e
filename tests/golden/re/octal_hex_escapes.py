# Numeric escapes in patterns: octal, hex, unicode.
import re

print(re.findall(r"\x41\u0042\U00000043", "ABC"))
print(re.findall(r"\101\0\00", "A\0\0"), re.match(r"\0", "\x00"))
print(re.match(r"(a)\1", "aa"), re.match(r"\141", "a"))
try:
    re.match(r"(a)\10", "aa")
except re.error as e:
    print(e)
print(re.match(r"[\0-\x1f]+", "\x01\x02x").span())
print(re.findall(r"\t\n\r\f\v\a", "\t\n\r\f\v\a"))
print(re.match(r"\.\*\+\?\(\)\[\]\{\}\|\^\$\\", ".*+?()[]{}|^$\\"))
print(re.match(r"\-\#\&\~\ \"\'\,", "-#&~ \"',"))
