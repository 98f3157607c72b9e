import subprocess

try:
    subprocess.run(["nosuchprog", "--help"])
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.filename)
try:
    subprocess.run("nosuchprog")
except OSError as e:
    print(e)
r = subprocess.run("nosuchprog 2>/dev/null", shell=True)
print(r.returncode)
try:
    subprocess.run(["ls"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print(e)
try:
    subprocess.check_output(["nosuchprog"])
except OSError as e:
    raise SystemExit(e.errno)
