# Tokenizing files opened in binary mode, and tokenize.open for the text.
import os
import tempfile
import tokenize

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "m.py")
    with open(path, "wb") as f:
        f.write("# coding: latin-1\nname = 'Zoë'\nif name:\n    print(name)\n".encode("latin-1"))
    with open(path, "rb") as f:
        for tok in tokenize.tokenize(f.readline):
            print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
    with tokenize.open(path) as f:
        print(f.encoding, f.mode, repr(f.read()))
    with open(path, "rb") as f:
        print(tokenize.detect_encoding(f.readline))
    path2 = os.path.join(d, "bad.py")
    with open(path2, "wb") as f:
        f.write(b"# coding: klingon\n")
    try:
        with open(path2, "rb") as f:
            tokenize.detect_encoding(f.readline)
    except SyntaxError as e:
        print("SyntaxError", str(e).replace(d, "<dir>"))
