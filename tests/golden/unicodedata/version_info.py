import unicodedata

print(unicodedata.unidata_version)
# Characters added after Unicode 14.0 are unassigned here.
for ch in "\U0001FAE8\U00031350\u0c5d\U0001E030":
    print(ascii(ch), unicodedata.category(ch), unicodedata.name(ch, "-"),
          ascii(unicodedata.normalize("NFKC", ch)))
print(unicodedata.category("\U0001FAE0"), unicodedata.name("\U0001FAE0"))
