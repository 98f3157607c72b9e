import unicodedata

# Two spellings of the same word compare equal only after normalization.
a = "Ame\u0301lie"
b = "Amélie"
print(a == b, len(a), len(b))
print(unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b))


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


for w in ["Amélie", "naïve", "Crème brûlée", "Ångström", "Łódź", "São Paulo"]:
    print(w, "->", strip_accents(w))
