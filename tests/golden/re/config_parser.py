# Reading a small INI-like config with regular expressions.
import re

CONFIG = """
; comment line
[server]
host = example.org
port=8080
debug = yes   ; trailing comment

[paths]
root = /srv/www
logs= /var/log/app  
bad line without equals
"""
SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
OPTION = re.compile(r"^(?P<key>[\w.-]+)\s*=\s*(?P<value>.*?)\s*(?:;.*)?$")
conf = {}
section = None
for lineno, line in enumerate(CONFIG.splitlines(), 1):
    if not line.strip() or re.match(r"\s*[;#]", line):
        continue
    m = SECTION.match(line)
    if m:
        section = conf.setdefault(m["name"], {})
        continue
    m = OPTION.match(line)
    if m and section is not None:
        section[m["key"]] = m["value"]
    else:
        print("line %d: cannot parse %r" % (lineno, line))
print(conf)
print(int(conf["server"]["port"]) + 1)
