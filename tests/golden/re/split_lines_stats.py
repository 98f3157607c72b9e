# Word statistics over a text, using several re functions together.
import re

text = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was the epoch of belief!"""
words = re.findall(r"[a-z']+", text.lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
sentences = [s for s in re.split(r"(?<=[.!?;])\s+", text) if s]
print(len(sentences), sentences)
print(re.sub(r"\bit\b", "IT", text, flags=re.I).splitlines()[0])
print(re.search(r"(\w+) of (\w+)", text).groups(), len(re.findall(r"\bof\b", text)))
print(re.sub(r"\.{3}", "…", text).count("…"))
