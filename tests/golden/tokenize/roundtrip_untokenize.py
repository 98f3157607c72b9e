# untokenize restores the exact source from full tokens, and a working source from pairs.
import io
import tokenize

SOURCES = [
    "x = 1\n",
    "def f(a,\n      b):\n    return a+b  # sum\n\n\nprint(f(1, 2))\n",
    "if True:\n\tx = '''multi\nline'''\n\ty = \\\n  2\n",
    "s = 'a' 'b'   \"c\"\nz=[1,\n2]\n",
    "no_newline_at_end = 1",
    "# only a comment",
    "",
    "\n\n\n",
    "class A:\n    pass\n  # odd comment\n",
]
for src in SOURCES:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    full = tokenize.untokenize(toks)
    pairs = tokenize.untokenize((t.type, t.string) for t in toks)
    print(repr(src))
    print("   full:", full == src, repr(full))
    print("   pairs:", repr(pairs))
    again = [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(pairs).readline)]
    print("   same tokens:", again == [(t.type, t.string) for t in toks])
b = tokenize.untokenize(tokenize.tokenize(io.BytesIO("é = 'ü'\n".encode()).readline))
print(type(b).__name__, b)
b = tokenize.untokenize(tokenize.tokenize(io.BytesIO(b"# coding: latin-1\nx = '\xe9'\n").readline))
print(type(b).__name__, b)
try:
    tokenize.untokenize([(tokenize.NAME, "a", (2, 0), (2, 1), ""), (tokenize.NAME, "b", (1, 0), (1, 1), "")])
except ValueError as e:
    print("ValueError", e)
