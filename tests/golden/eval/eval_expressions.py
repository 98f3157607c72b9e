# Evaluating expressions of every kind from strings.
data = {"n": 7, "words": ["delta", "alpha", "charlie"], "pair": (3, 4)}
exprs = [
    "n * 2 + 1",
    "sorted(words)",
    "[w.upper() for w in words if 'a' in w]",
    "{w: len(w) for w in words}",
    "pair[0] ** pair[1]",
    "n if n % 2 else -n",
    "'-'.join(words[::-1])",
    "(lambda a, b: a * b)(*pair)",
    "sum(x for x in range(n))",
    "f'{n:>5}|'",
    "not words or n > 5 and 'yes'",
    "  n + 1",
    "\tn - 1",
    "n +\\\n 1" if False else "(n +\n 1)",
    "1j * 1j",
]
for e in exprs:
    print(repr(e), "=>", repr(eval(e, {}, data)))
