import io
import shlex

# A tiny key = value configuration reader built on the lexer.
CONFIG = """
# server settings
host = "example.org"
port = 8080
name = 'My Server'   # trailing comment
paths = /usr/bin /opt/bin
"""

lex = shlex.shlex(io.StringIO(CONFIG), infile="server.cfg", posix=True)
lex.wordchars += "./"
settings = {}
key = None
values = []
line = None
for tok in lex:
    if tok == "=":
        key = values.pop()
        if values:
            settings[prev] = values if len(values) > 1 else values[0]
        values = []
        continue
    if key is not None and not values:
        prev = key
    values.append(tok)
settings[prev] = values if len(values) > 1 else values[0]
for k, v in settings.items():
    print(k, "->", v)
print(lex.error_leader())
