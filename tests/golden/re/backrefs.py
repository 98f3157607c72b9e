# Backreferences in patterns.
import re

print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the thing"))
print(re.sub(r"\b(\w+)( \1\b)+", r"\1", "paris in the the the spring"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'it''s'").group())
print(re.match(r"(a)(b)?\2", "ac"))
print(re.match(r"(?i)(ab)\1", "abAB"))
print(re.fullmatch(r"<(\w+)>.*</\1>", "<b>bold</b>"), re.fullmatch(r"<(\w+)>.*</\1>", "<b>x</i>"))
print(re.search(r"(\d)(\d)\2\1", "x1221y").group())
print(re.match(r"(a*)\1b", "aaaab"))
print(re.findall(r"(.)\1", "aabbcdd"))
