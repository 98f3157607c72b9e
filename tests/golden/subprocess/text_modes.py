import subprocess

cmd = ["printf", "a\\r\\nb\\rc\\n"]
print(subprocess.run(cmd, capture_output=True).stdout)
print(repr(subprocess.run(cmd, capture_output=True, text=True).stdout))
print(repr(subprocess.run(cmd, capture_output=True, universal_newlines=True).stdout))
print(repr(subprocess.run(cmd, capture_output=True, encoding="ascii").stdout))
print(repr(subprocess.run(["printf", "caf\\303\\251"], capture_output=True, encoding="utf-8").stdout))
r = subprocess.run(["printf", "\\377ok"], capture_output=True, encoding="utf-8", errors="replace")
print(repr(r.stdout))
try:
    subprocess.run(["printf", "\\377"], capture_output=True, text=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(subprocess.check_output(["cat"], input="text in\n", universal_newlines=True))
print(subprocess.check_output(["true"], input=None, text=True) == "")
try:
    subprocess.run(["true"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
