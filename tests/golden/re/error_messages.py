# re.error: messages and positions for bad patterns.
import re

bad = [
    "a**", "a+*", "*a", "+", "?x", "a{3,2}", "(abc", "abc)", "(?P<n>a)(?P<n>b)",
    "[a-", "[b-a]", "[]", r"\q", "\\", r"(?P<1a>x)", r"(?P=missing)", r"\3", r"(a)\2",
    "(?z)", "(?<x)", "(?P", "(?Px)", "(?", "x(?i)", r"(?<=a+)b", r"(?<=a|bc)d",
    r"(?(2)a|b)", r"(?(x)a|b)", r"(?(0)a)", r"(a)(?(1)a|b|c)", r"\x1", r"\u12", r"[\z]",
    r"\400", "(?i-i:a)", "(?-q:a)", "(?i", "(?#unterminated", "a{1,2}{3}",
    "(?L:a)", "^*", r"(?P<a>x(?P=a))", "(?a-:x)",
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "| msg:", e.msg, "pos:", e.pos)
    except Exception as e:
        print(repr(p), "->", type(e).__name__, e)
