# The parts of `re` corun does not do raise NotImplementedError naming them (LIMITATIONS.md).
import re

for attempt in (
    lambda: re.compile("a", re.DEBUG),
    lambda: re.compile(r"\N{LATIN SMALL LETTER B}"),
):
    try:
        attempt()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(re.compile(r"\N{EM DASH}").match("\u2014"))
print(re.Pattern[str])
