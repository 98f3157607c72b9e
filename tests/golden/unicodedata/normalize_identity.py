import unicodedata

s = "already normal"
print(unicodedata.normalize("NFC", s) is s, unicodedata.normalize("NFKD", s) == s)
t = "e\u0301"
print(unicodedata.normalize("NFC", t) is t, len(unicodedata.normalize("NFC", t)))
print(ascii(unicodedata.normalize("NFC", "")), unicodedata.is_normalized("NFD", ""))
long = "e\u0301" * 1000
print(len(unicodedata.normalize("NFC", long)), len(unicodedata.normalize("NFD", long * 2)))
