# Long strings are split into adjacent literals.
import pprint

s = "a long string that needs to be split somewhere around here " * 3
print(pprint.pformat(s, width=40))
pprint.pprint({"text": s, "short": "ok"}, width=50)
print(pprint.pformat(["line1\nline2\n" * 5], width=30))
print(pprint.pformat("x" * 100, width=30))
