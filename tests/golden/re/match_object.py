# The Match object's methods and attributes.
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (?P<title>Jr\.))?", "Isaac Newton, physicist")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"))
print(m.group(1, 2), m.group("first", 0, "title"))
print(m[0], m[1], m["last"], m["title"])
print(m.groups(), m.groups("n/a"))
print(m.groupdict(), m.groupdict(""))
print(m.start(), m.end(), m.span(), m.span(2), m.start("last"), m.end(1))
print(m.start("title"), m.end(3), m.span("title"))
print(m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m.re, m.string)
print(m.regs)
print(bool(m), m.re.pattern == m.re.pattern)
for bad in (4, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    m.start(7)
except IndexError as e:
    print("IndexError:", e)
