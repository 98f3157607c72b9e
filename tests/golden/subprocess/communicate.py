import subprocess

p = subprocess.Popen(["sh", "-c", "cat; echo to-err >&2; exit 3"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"payload\n")
print(out, err, p.returncode)
p = subprocess.Popen(["echo", "only out"], stdout=subprocess.PIPE)
print(p.communicate(), p.returncode)
p = subprocess.Popen(["true"])
print(p.communicate(), p.returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("héllo\n"))
# More than a pipe holds, both ways: no deadlock.
big = b"0123456789" * 200000
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(big)
print(len(out), out == big)
p = subprocess.Popen(["sh", "-c", "sleep 0.3; echo late"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print("timeout:", e)
print(p.communicate(), p.returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.communicate(b"x")
try:
    p.communicate(b"again")
except ValueError as e:
    print(e)
