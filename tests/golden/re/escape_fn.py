# re.escape makes any text literal.
import re

for s in ["a.b", "1+1=2", "(x)", "[abc]", "$5.00", "a b\tc\n", "path/to/file", "100%", "^_^", "é ß", "#!", "~&"]:
    e = re.escape(s)
    print(repr(s), repr(e), re.fullmatch(e, s) is not None)
words = ["c++", "c#", "f*"]
pat = re.compile("|".join(map(re.escape, words)))
print(pat.findall("I write c++ and c# and f* and c"))
print(re.escape(b"a.b*c"))
