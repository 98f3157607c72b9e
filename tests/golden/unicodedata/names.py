import unicodedata

for ch in "aZ9 é€☃😀中한ßǅ\u0301\u200d":
    print(ascii(ch), unicodedata.name(ch))
print(unicodedata.name("\x00", "<control>"))
print(unicodedata.name("\ue000", None))
try:
    unicodedata.name("\n")
except ValueError as e:
    print("ValueError:", e)
