import unicodedata

for ch in "a\u0300\u0301\u0316\u0327\u0345\u05b0\u093c\u094d\u302a\u0e38":
    print(ascii(ch), unicodedata.combining(ch), unicodedata.category(ch))
s = unicodedata.normalize("NFD", "ḗ ộ ǖ")
print([unicodedata.combining(c) for c in s])
