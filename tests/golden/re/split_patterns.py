# Splitting text on patterns.
import re

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W*)", "...words..."))
print(re.split(r"\b", "one two"))
print(re.split(r"\s*", "a b  c"))
print(re.split(r"(?:,|;)\s*", "a, b;c ,d"))
print(re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r"x", ""))
print(re.split(r"x*", ""))
print(re.split(r"\n", "l1\nl2\n"))
print(re.compile(r"[,;]").split("a,b;c", 5))
print(re.split(r"(?m)^$", "a\n\nb"))
