import subprocess

print(repr(subprocess.getoutput("echo hello")))
print(repr(subprocess.getoutput("echo out; echo err >&2")))
print(subprocess.getstatusoutput("echo fine"))
print(subprocess.getstatusoutput("echo broken; exit 4"))
print(subprocess.getstatusoutput("exit 1"))
print(subprocess.getstatusoutput("printf 'no newline'"))
print(subprocess.getstatusoutput("printf 'two\\n\\n'"))
print(subprocess.getstatusoutput("nosuchprog")[0])
