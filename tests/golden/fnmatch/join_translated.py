import fnmatch
import re

# Programs join several translated patterns into one regular expression.
patterns = ["*.py", "*.pyc", "build/*", "*~", "#*#"]
ignore = re.compile("|".join(fnmatch.translate(p) for p in patterns))
paths = ["main.py", "main.pyc", "build/out.o", "notes.txt~", "#draft#", "src/lib.rs",
         "README"]
for p in paths:
    print(p, "ignored" if ignore.match(p) else "kept")
