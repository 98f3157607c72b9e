# Invalid documents: every error names the rule broken and where.
import tomllib

cases = [
    "a = 1\na = 2",
    "a = ",
    "a",
    "= 1",
    "a = 1 b = 2",
    "[t]\n[t]",
    "[t\nx=1",
    "[[t]\n",
    "a = [1, 2",
    "a = [1 2]",
    "a = {b = 1",
    "a = {b = 1, b = 2}",
    "a = {b = 1,}",
    'a = "unterminated',
    "a = 'also",
    'a = """never',
    "a = '''never",
    'a = "bad \\q escape"',
    'a = "\\uZZZZ"',
    'a = "\\uD800"',
    'a = "\\U00110000"',
    "a = \"tab\tok but \x01 not\"",
    "# comment \x00 with nul",
    "a = 1 # c\x7f",
    "a = 0x",
    "a = 01",
    "a = 1__0",
    "a = 1.",
    "a = .5",
    "a = +0x10",
    "a = True",
    "a = tru",
    "x = 1\nx.y = 2",
    "[a]\nb = 1\n[a.b]",
    "a = {x = 1}\n[a]",
    "a = {x = 1}\na.y = 2",
    "a = [1]\n[[a]]",
    "[a.b]\n[a]\nb.c = 1",
    "a.b = 1\n[a]",
    "[a]\nx.y = 1\n[a.x]",
    "\n\n   k = \"line three\"\n  ? = 4",
    "\u00e9 = 1",
    "[]",
    "a = 1\r\nb = \r",
]
for src in cases:
    try:
        print(repr(src), "->", tomllib.loads(src))
    except tomllib.TOMLDecodeError as e:
        print(repr(src), "->", e)

print(issubclass(tomllib.TOMLDecodeError, ValueError))
print(tomllib.TOMLDecodeError.__module__, tomllib.TOMLDecodeError.__name__)
try:
    tomllib.loads(b"a = 1")
except Exception as e:
    print(type(e).__name__)
