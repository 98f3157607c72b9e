import unicodedata

samples = ["café", "cafe\u0301", "ﬁle", "Å", "Å", "x²", "①②", "한국어", "\u1e9b\u0323",
           "Ǆ", "ℌ", "½", "\u0041\u030a\u0323", "ｶﾞ"]
for s in samples:
    row = [ascii(unicodedata.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), *row)
