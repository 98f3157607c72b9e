# Syntax errors in code given to eval, exec and compile.
cases = [
    ("eval", "1 +"),
    ("eval", "x = 1"),
    ("eval", "if x: pass"),
    ("eval", "1; 2"),
    ("eval", ""),
    ("exec", "def f(:\n  pass"),
    ("exec", "for x in y\n    pass"),
    ("exec", "print('a')\n  print('b')"),
    ("exec", "return 5"),
    ("exec", "x = (1,\n"),
    ("compile-single", "a = 1\nb = 2"),
    ("compile-eval", "import os"),
]
for kind, src in cases:
    try:
        if kind == "eval":
            eval(src)
        elif kind == "exec":
            exec(src)
        elif kind == "compile-single":
            compile(src, "<cell>", "single")
        else:
            compile(src, "<expr>", "eval")
        print(kind, repr(src), "ok?")
    except SyntaxError as e:
        print(kind, repr(src), type(e).__name__, "-", e)
