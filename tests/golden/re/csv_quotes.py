# Splitting CSV fields with quoted commas using a pattern.
import re

FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)')
def fields(line):
    out = []
    pos = 0
    while pos <= len(line):
        m = FIELD.match(line, pos)
        if not m or m.end() == pos and pos == len(line) and out:
            break
        q, plain = m.groups()
        out.append(q.replace('""', '"') if q is not None else plain.strip())
        if m.end() == len(line) and not line.endswith(","):
            break
        pos = m.end()
    return out
for line in ['a,b,c', '"x, y",z', ' 1 , "say ""hi""" ,3', 'last,']:
    print(fields(line))
