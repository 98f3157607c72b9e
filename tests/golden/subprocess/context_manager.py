import subprocess

with subprocess.Popen(["sh", "-c", "echo working; exit 6"], stdout=subprocess.PIPE) as proc:
    print(proc.stdout.read())
print(proc.returncode, proc.stdout.closed)
try:
    with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as proc:
        proc.stdin.write(b"data")
        raise RuntimeError("inside")
except RuntimeError as e:
    print(e, proc.returncode)
with subprocess.Popen(["true"]) as proc:
    pass
print(proc.returncode, proc.stdin, proc.stdout, proc.stderr)
