import keyword
import re

# A toy syntax highlighter that brackets the keywords of a line of code.
code = "for item in items: if item is not None and match: yield item"
print(re.sub(r"\w+", lambda m: f"[{m[0]}]" if keyword.iskeyword(m[0]) else m[0], code))
print(sum(1 for w in re.findall(r"\w+", code) if keyword.issoftkeyword(w)))
