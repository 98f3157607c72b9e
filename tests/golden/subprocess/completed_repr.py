import subprocess

print(subprocess.run(["true"]))
print(subprocess.run(["echo", "hi"], stdout=subprocess.PIPE))
print(subprocess.run(["echo", "hi"], capture_output=True))
print(subprocess.run(["echo", "hi"], capture_output=True, text=True))
r = subprocess.run("echo a; exit 5", shell=True, stdout=subprocess.PIPE)
print(repr(r), r.args, r.returncode, r.stdout, r.stderr)
cp = subprocess.CompletedProcess(["x"], 0)
print(cp)
cp.check_returncode()
cp = subprocess.CompletedProcess(["x", "y"], 3, b"o", b"e")
print(cp)
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stdout, e.stderr)
