# Rewriting dates found in free text.
import re

text = "Due 2024-03-05, moved to 2024-3-9; final 05/11/2024 or 2024/12/31?"
iso = re.compile(r"\b(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})\b")
print(iso.sub(r"\g<d>.\g<m>.\g<y>", text))
print(iso.sub(lambda m: "%02d/%02d/%s" % (int(m["m"]), int(m["d"]), m["y"]), text))
us = re.compile(r"\b(\d\d)/(\d\d)/(\d{4})\b")
print(us.sub(r"\3-\1-\2", text))
print([m.expand(r"\g<y>\g<m>\g<d>") for m in iso.finditer(text)])
print(iso.subn("<date>", text))
