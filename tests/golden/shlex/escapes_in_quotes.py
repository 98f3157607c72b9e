import shlex

for line in [r'"a\"b"', r'"a\\b"', r'"a\nb"', r"'a\'", r'a\\b', r'"\$x"', r"'\\'"]:
    try:
        print(f"{line:10} {shlex.split(line)}")
    except ValueError as e:
        print(f"{line:10} ValueError: {e}")
