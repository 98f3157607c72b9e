import unicodedata

# Reading numbers written in other scripts.
def to_int(s):
    return sum(unicodedata.decimal(c) * 10 ** i for i, c in enumerate(reversed(s)))


for s in ["١٢٣", "४२", "໑໐", "１２３", "𝟗𝟗"]:
    print(ascii(s), to_int(s), int(s))
