import subprocess

for cmd in (["true"], ["false"], ["sh", "-c", "exit 0"], ["sh", "-c", "exit 42"]):
    print(cmd, subprocess.call(cmd))
print(subprocess.call("exit 255", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("error:", e)
    print(e.returncode, e.cmd, e.output, e.stderr)
try:
    subprocess.check_call("exit 3", shell=True)
except subprocess.CalledProcessError as e:
    print("error:", e)
try:
    subprocess.run(["sh", "-c", "echo partial; exit 1"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print("error:", e, e.stdout, e.stderr)
print(isinstance(subprocess.CalledProcessError(1, "x"), subprocess.SubprocessError))
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
print(issubclass(subprocess.SubprocessError, Exception))
