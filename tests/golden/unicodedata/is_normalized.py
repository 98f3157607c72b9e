import unicodedata

for s in ["plain ascii", "café", "cafe\u0301", "ﬁ", "한", "\u1100\u1161", "Å", "\u0323\u0307"]:
    print(ascii(s), [unicodedata.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
