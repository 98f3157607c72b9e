# Empty matches in sub, findall, split and finditer follow Python 3.7+ rules.
import re

print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "|", "abc"))
print(re.sub(r"\b", "|", "ab cd"))
print(re.sub(r"(?=b)", "^", "abab"))
print(re.sub(r"a|", "_", "bab"))
print(re.findall(r"\w*", "ab  c"))
print(re.split(r"x*", "axbc"))
print(re.split(r"(?=[A-Z])", "HelloWorldFooBar"))
print([m.span() for m in re.finditer(r"a?", "baa")])
print(re.subn(r"^", ">", "x\ny", flags=re.M))
print(re.sub(r"x*", "-", "xxx"), re.sub(r"x+?", "-", "xxx"))
