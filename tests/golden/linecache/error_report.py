# A lint reporter showing the source line of each finding with linecache.
import linecache
import os
import sys
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "job.py")
with open(path, "w") as f:
    f.write("def step(x):\n    return 10 / x\n\nvalues = [5, 2, 0]\nresults = step(values[-1])\n")
# Findings of a linter: (line, message); the reporter shows each line's text.
findings = [(2, "possible division by zero"), (5, "unused result"), (1, "missing docstring"),
            (9, "past the end")]
for lineno, message in findings:
    text = linecache.getline(path, lineno).strip() or "<no such line>"
    print(f"{os.path.basename(path)}:{lineno}: {message}: {text}")
print(linecache.getlines(path)[3:])
linecache.clearcache()
os.remove(path)
os.rmdir(d)
