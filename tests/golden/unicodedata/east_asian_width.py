import unicodedata


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


for ch in "aＡ中ｶ한€±😀\u0301─":
    print(ascii(ch), unicodedata.east_asian_width(ch))
for s in ["hello", "こんにちは", "Ｆｕｌｌ", "mix中文"]:
    print(ascii(s), len(s), width(s))
