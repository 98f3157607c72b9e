# Unfinished input: open brackets, open strings, bad dedents and stray characters.
import io
import tokenize

def run(src):
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
        print(repr(src), "->", [(tokenize.tok_name[t.type], t.string, t.start) for t in toks if t.type == tokenize.ERRORTOKEN] or "ok", len(toks))
    except (tokenize.TokenError, IndentationError) as e:
        print(repr(src), "->", type(e).__name__, e.args)

for src in ["x = (1,\n", "s = '''never closed\n", "if x:\n        a\n    b\n", "x = 'abc\n",
            "x = 'abc\\\ncontinued'\n", "x = 'abc\\\nnot closed\n", "a $ b ? c\n", "x = 1 !\n",
            "def f():\n  return 1\n z\n", "x = \\\n", "`\n", "résumé = 1\n", "0b102\n", "1__0\n",
            "x = (\n# comment\n)\n"]:
    run(src)
print(issubclass(tokenize.TokenError, Exception))
