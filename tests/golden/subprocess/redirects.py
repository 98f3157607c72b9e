import os
import subprocess
import sys
import tempfile

cmd = "echo out; echo err >&2"
print(subprocess.run(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
print(subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
print(subprocess.run(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL))
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "log.txt")
    with open(path, "w") as f:
        subprocess.run(cmd, shell=True, stdout=f, stderr=subprocess.STDOUT)
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "rb") as f:
        print(subprocess.run(["tr", "a-z", "A-Z"], stdin=f, capture_output=True).stdout)
    with open(path, "ab") as f:
        subprocess.run(["echo", "more"], stdout=f.fileno())
    with open(path) as f:
        print(f.read().split())
sys.stdout.flush()
subprocess.run(["echo", "straight to stdout"])
subprocess.run("echo to stdout too >&2", shell=True, stderr=subprocess.STDOUT)
