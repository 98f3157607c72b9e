import unicodedata

for ch in "aא١1+ (]«»∑≤\u202e\u200f\u2066 ,\n":
    print(ascii(ch), repr(unicodedata.bidirectional(ch)), unicodedata.mirrored(ch))
print(repr(unicodedata.bidirectional("\u0378")))
