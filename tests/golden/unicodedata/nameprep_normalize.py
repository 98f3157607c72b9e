# Normalizing domain labels as nameprep does, with the Unicode 3.2 tables.
import unicodedata

old = unicodedata.ucd_3_2_0
labels = ["Ｂücher", "ﬁnance", "Ⅻ-club", "e\u0301cole", "\u0221x", "\U0002F868", "straße"]
for label in labels:
    nfkc = old.normalize("NFKC", label.lower())
    print(ascii(label), ascii(nfkc), ascii(unicodedata.normalize("NFKC", label.lower())),
          old.is_normalized("NFKC", nfkc))
print(ascii(old.normalize("NFD", "\u1e9b\u0323")), ascii(old.normalize("NFC", "\u0221e\u0301")))
try:
    old.normalize("NFX", "a")
except ValueError as e:
    print("ValueError:", e)
