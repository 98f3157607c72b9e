import unicodedata

for ch in "éÅﬁ²½가ℌ①ǅ\u0958a ":
    print(ascii(ch), repr(unicodedata.decomposition(ch)))
