# A small expression tokenizer built from one alternation of named groups.
import re

TOKENS = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()=]"),
    ("SKIP", r"[ \t]+"),
    ("NEWLINE", r"\n"),
    ("MISMATCH", r"."),
]
master = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKENS))

def tokenize(code):
    line = 1
    start = 0
    for m in master.finditer(code):
        kind = m.lastgroup
        value = m.group()
        col = m.start() - start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "NEWLINE":
            start = m.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            yield ("ERROR", value, line, col)
            continue
        yield (kind, value, line, col)

src = "x = 3.5 * (y + 42)\nz = x / 2 $ 1\n"
for tok in tokenize(src):
    print(tok)
print(master.groupindex["OP"], master.groups)
