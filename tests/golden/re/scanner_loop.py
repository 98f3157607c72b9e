# A hand-written scanner using match with pos, as lexers do.
import re

WS = re.compile(r"\s+")
NUM = re.compile(r"-?\d+(?:\.\d+)?")
STR = re.compile(r'"((?:[^"\\]|\\.)*)"')
PUNCT = re.compile(r"[\[\]{}:,]")
WORD = re.compile(r"true|false|null")

def scan(src):
    pos = 0
    out = []
    while pos < len(src):
        for kind, rx in (("ws", WS), ("num", NUM), ("str", STR), ("punct", PUNCT), ("word", WORD)):
            m = rx.match(src, pos)
            if m:
                if kind != "ws":
                    out.append((kind, m.group(1) if kind == "str" else m.group()))
                pos = m.end()
                break
        else:
            raise SyntaxError("bad character %r at %d" % (src[pos], pos))
    return out

print(scan('{"a": [1, -2.5, "x\\"y"], "b": true, "c": null}'))
try:
    scan('{"a": @}')
except SyntaxError as e:
    print("SyntaxError:", e)
