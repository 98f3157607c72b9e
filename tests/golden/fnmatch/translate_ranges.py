import fnmatch
import re

# Ranges, hyphens and backslashes inside brackets; reversed ranges are empty.
for pat in ["[a-c]", "[-a]", "[a-]", "[!-a]", "[a-c-e]", "[z-a]", "[a-cz-a]", "[z-ab]",
            "[\\]", "[\\-x]", "[a\\-z]", "[!]", "[^x]", "[[x]", "[&&]", "[a~b|c]",
            "[--z]", "[a--]", "[c-a-e]", "[]-]"]:
    rx = fnmatch.translate(pat)
    print(f"{pat!r:12} {rx}")
    compiled = re.compile(rx)
    print("   ", [c for c in "-abcdexz\\^[]&~|!" if compiled.match(c)])
