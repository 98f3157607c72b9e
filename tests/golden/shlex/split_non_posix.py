import shlex

for line in ['say "hello world"', "it's 'quoted'", 'a\\ b', 'x"y z"w', "'a''b'"]:
    try:
        print(repr(line), shlex.split(line, posix=False))
    except ValueError as e:
        print(repr(line), "ValueError:", e)
