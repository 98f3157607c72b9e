# unparse's choice of quotes and escapes for strings, f-strings and docstrings, and numbers.
import ast

CASES = [
    "'plain'",
    '"it\'s"',
    "'say \"hi\"'",
    "'both \\' and \"'",
    "'tab\\there'",
    "'new\\nline'",
    "'back\\\\slash'",
    "'\\x00\\x7f\\u00e9\\u200b'",
    "b'bytes\\x01'",
    "u'legacy'",
    "f'{x}'",
    "f'{x!r} and {y!s:>10}'",
    "f\"{a['k']}\"",
    "f'{x:{width}.{prec}f}'",
    "f'{{literal}} {x}'",
    "f'{x=}'",
    "f'line\\n{x}'",
    "f'''{a[\"k\"]} {b['j']}'''",
    "f'{ {1: 2}[1] }'",
    "f'{3.5:.1f}' 'joined'",
    "1e400",
    "-1e400j",
    "0.1 + 2j",
    "10 ** 100",
    "(1).real",
    "1 .real",
]
for src in CASES:
    node = ast.parse(src, mode="eval")
    text = ast.unparse(node)
    print(f"{src!s:35} -> {text}")
    assert ast.dump(ast.parse(text, mode="eval")) == ast.dump(node) or "e400" in src

doc = ast.parse('def f():\n    """Line one.\n\n    Line "two".\n    """\n')
print(ast.unparse(doc))
doc2 = ast.parse("class C:\n    'single \\'quoted\\' doc'\n    x = 1\n")
print(ast.unparse(doc2))
print(ast.unparse(ast.Constant(value=(1, "a", None))))
print(ast.unparse(ast.Constant(value=float("nan"))))
