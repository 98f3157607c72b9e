# Replacement strings with group references and escapes.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good morning"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"(\d)", r"<\g<1>0>", "a1b2"))
print(re.sub(r"(\w+)", r"[\g<0>]", "one two"))
print(re.sub(r"-", r"\n", "a-b-c"))
print(re.sub(r",", r"\t|", "a,b"))
print(re.sub(r"(a)|b", r"[\1]", "abab"))
print(re.sub(r"x", r"\\", "axbx"))
print(re.sub(r"(\d+)", r"\1\1", "7 and 42"))
print(re.sub("a", "\\0101", "banana"))
print(re.sub(r"\s+", " ", "  lots   of\n\nspace  ").strip())
print(re.subn(r"o", "0", "foo boo", count=3))
print(re.sub("(b)", r"\g<1>\g<1>", "abc"))
m = re.match(r"(?P<k>\w+)=(?P<v>\w+)", "key=value")
print(m.expand(r"\g<v> <- \g<k> (\1, \2)"))
