# An error reporter showing the failing line of a script file from its traceback.
import linecache
import os
import sys
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "job.py")
with open(path, "w") as f:
    f.write("def step(x):\n    return 10 / x\n\nvalues = [5, 2, 0]\nresults = step(values[-1])\n")
try:
    exec(compile(open(path).read(), path, "exec"), {})
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    while tb.tb_next:
        tb = tb.tb_next
    lineno = tb.tb_lineno
    print(f"error at line {lineno}: {linecache.getline(path, lineno).strip()}")
print(linecache.getlines(path)[3:])
linecache.clearcache()
os.remove(path)
os.rmdir(d)
