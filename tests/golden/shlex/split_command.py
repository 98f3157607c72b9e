import shlex

for line in ['ls -l "My Documents"', "grep -r 'two words' src/", 'echo a\\ b c',
             'cmd --opt="x y" --flag', "a'b'c", '""', "''", "   ", "",
             'python3 -c "print(\\"hi\\")"', "x  y\tz\nw"]:
    print(repr(line), shlex.split(line))
