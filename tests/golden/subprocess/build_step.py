# A build script: run each step, capture its output, stop at the first failure.
import subprocess

steps = [
    ["echo", "compiling", "main.c"],
    ["sh", "-c", "echo linking; echo 'warning: unused symbol' >&2"],
    ["sh", "-c", "echo 'error: undefined reference' >&2; exit 2"],
    ["echo", "never", "runs"],
]
for step in steps:
    result = subprocess.run(step, capture_output=True, text=True)
    print("$", " ".join(step))
    for line in result.stdout.splitlines():
        print("  out:", line)
    for line in result.stderr.splitlines():
        print("  err:", line)
    if result.returncode != 0:
        print("step failed with status", result.returncode)
        break
print(result)
