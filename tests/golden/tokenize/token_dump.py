# Dumps every token of a small program, like `python -m tokenize -e`.
import io
import tokenize
from token import tok_name

SOURCE = '''\
# -*- coding: utf-8 -*-
"""Module docstring."""
import os, sys  # two imports

class Point:
    def __init__(self, x=0, y=0.5e-3):
        self.x, self.y = x, y

    async def fetch(self, *args, **kw) -> "Point":
        await something(args[0]
                        , kw)  # continued
        return f"{self.x!r:>10}" + rb'raw\\bytes' + \\
            'next line'

if __name__ == "__main__":
\tprint(Point(1_000, 0x_ff).x @ 2j, ..., -1 ** 2 // 3 != 4)
'''

for tok in tokenize.tokenize(io.BytesIO(SOURCE.encode()).readline):
    s, e = tok.start, tok.end
    print(f"{s[0]},{s[1]}-{e[0]},{e[1]}:".ljust(20), f"{tok_name[tok.exact_type]:15} {tok.string!r}")
