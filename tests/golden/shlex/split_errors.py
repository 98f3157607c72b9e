import shlex

for line in ['echo "unterminated', "echo 'open", "trailing\\", 'ok "x\\"']:
    try:
        print(shlex.split(line))
    except ValueError as e:
        print(repr(line), "ValueError:", e)
