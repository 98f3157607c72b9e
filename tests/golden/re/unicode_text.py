# Matching non-ASCII text: spans count characters.
import re

s = "Привет, мир! Καλημέρα κόσμε. こんにちは世界 123 ٤٥٦"
print(re.findall(r"\w+", s))
print([m.span() for m in re.finditer(r"\w+", s)])
print(re.search(r"мир", s).span(), re.sub(r"\s+", "_", s))
print(re.findall(r"\d+", s), re.findall(r"[α-ω]+", s), re.findall(r"(?i)[α-ω]+", s))
print(re.split(r"[,.!]\s*", s))
print(re.match(r"(.)(.)", "😀x").groups(), re.search("x", "😀😀x").start())
print(re.sub(r"(?<=\w)(?=\w)", "-", "日本語"))
print(re.findall(r"\N{EM DASH}|\u2013", "a—b–c"))
print(len(re.findall(r".", "e\u0301")), re.search(r"\bmir\b", "мир mir"))
