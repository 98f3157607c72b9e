import unicodedata
from collections import Counter

text = "Hello, World! 123 ½ — “quoted” €5 naïve café ǅ ٣ \t\u00a0\u2028\u200b\ue000\ud800"
counts = Counter(unicodedata.category(c) for c in text)
for cat, n in sorted(counts.items()):
    print(cat, n)
print([unicodedata.category(c) for c in "\u0378\U000E0001\U0010FFFF"])
