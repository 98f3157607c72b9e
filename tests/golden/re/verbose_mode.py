# VERBOSE patterns with whitespace and comments.
import re

number = re.compile(r"""
    [-+]?          # optional sign
    (?:
        \d+\.\d*   # 1. or 1.5
      | \.\d+      # .5
      | \d+        # 7
    )
    (?:[eE][-+]?\d+)?  # exponent
""", re.VERBOSE)
for s in ["42", "-3.5", ".5e10", "+1.", "abc", "1e", "6.02E23"]:
    m = number.fullmatch(s)
    print(repr(s), bool(m))
print(re.findall(r"(?x) \d+ \  \d+", "12 34 56 78"))
print(re.findall(r"(?x)[ #]", "a b#c"))
print(re.match(r"(?x) a \# b", "a#b"))
print(re.compile(r"(?x) a # tail").pattern)
