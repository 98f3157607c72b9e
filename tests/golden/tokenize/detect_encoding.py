# detect_encoding reads a BOM or a coding cookie from the first two lines.
import io
import tokenize

cases = [
    b"x = 1\n",
    b"# -*- coding: latin-1 -*-\nx = 1\n",
    b"#!/usr/bin/env python\n# vim: set fileencoding=ascii :\n",
    b"\xef\xbb\xbfprint('bom')\n",
    b"\xef\xbb\xbf# coding: utf-8\n",
    b"\n# coding: utf_8\n",
    b"x = 1\n# coding: latin-1\n",
    b"# coding=UTF-8-sig\n",
    b"",
    b"# coding: Latin_1-whatever\n",
    b"#coding:utf8\n",
    b"\n\n# coding: latin-1\n",
]
for data in cases:
    enc, lines = tokenize.detect_encoding(io.BytesIO(data).readline)
    print(repr(data[:40]), "->", enc, lines)
for bad in [b"# coding: nonsense\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xff\xfe = 1\n# coding: utf-8\n",
            b"# coding: utf-8\n\xff\n"]:
    try:
        enc, lines = tokenize.detect_encoding(io.BytesIO(bad).readline)
        print(repr(bad), "->", enc, lines)
    except SyntaxError as e:
        print(repr(bad), "-> SyntaxError", e)
def gen():
    yield b"# coding: ascii\n"
    raise StopIteration
it = iter([b"# coding: ascii\n"])
print(tokenize.detect_encoding(lambda: next(it)))
