import subprocess

try:
    subprocess.run(["sleep", "5"], timeout=0.2, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("timed out:", e)
    print(e.timeout, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo started; sleep 5"], timeout=2, stdout=subprocess.PIPE)
except subprocess.TimeoutExpired as e:
    print("timed out:", e)
    print(e.output)
try:
    subprocess.check_output(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("timed out:", e)
try:
    subprocess.call(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("timed out:", e)
print(subprocess.run(["sleep", "0.01"], timeout=5).returncode)
