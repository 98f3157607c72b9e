import subprocess

print(subprocess.check_output("echo $((6 * 7))", shell=True))
print(subprocess.check_output("printf '%s-' a b c", shell=True, text=True))
print(subprocess.check_output(["echo one two"], shell=True))
print(subprocess.check_output("for i in 1 2 3; do echo $i; done | sort -r", shell=True).split())
r = subprocess.run("exit 9", shell=True)
print(r.args, r.returncode)
print(subprocess.check_output("echo 'quoted  spaces'", shell=True, universal_newlines=True))
