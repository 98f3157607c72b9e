import unicodedata

symbols = "♠♥♦♣★☆☀☁☂☃"
for ch in sorted(symbols, key=unicodedata.name):
    print(f"U+{ord(ch):04X}", unicodedata.name(ch))
print(ascii(unicodedata.lookup("BLACK HEART SUIT") + unicodedata.lookup("WHITE SMILING FACE")))
