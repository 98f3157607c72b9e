# ^, $, \A, \Z, \b, \B and MULTILINE.
import re

text = "first line\nsecond line\nthird\n"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text))
print(re.findall(r"\w+$", text, re.M))
print(re.search(r"d$", "third\n"), re.search(r"d\Z", "third\n"), re.search(r"\Athird", "third"))
print(re.findall(r"$", "a\nb\n"), re.findall(r"(?m)$", "a\nb\n"))
print(re.findall(r"\bcat\b", "cat concat cat. bobcat cats"))
print(re.findall(r"\Bcat\B", "concatenate cat scatter"))
print(re.sub(r"^", "> ", "one\ntwo", flags=re.M))
print(re.sub(r"$", ";", "one\ntwo\n", flags=re.M))
print(re.match(r"^$", ""), re.search(r"\b", ""), re.search(r"\B", ""))
print(re.search("^b", "ab\nb", re.M).span(), re.compile("^b").search("ab", 1))
