# A login helper reads the password from a pipe when there is no terminal: CPython warns that
# the input may be echoed and still reads it from stdin.
import subprocess
import sys

CHILD = r'''
import getpass, sys, warnings
warnings.simplefilter("always")
pw = getpass.getpass("Secret for db: ")
print("got", repr(pw), len(pw))
pw2 = getpass.getpass(prompt="Again: ", stream=sys.stdout)
print("match" if pw == pw2 else "mismatch")
try:
    getpass.getpass()
except EOFError:
    print("EOFError at end of input")
'''

# setsid runs the child without a controlling terminal, as under a service manager.
r = subprocess.run(["setsid", "--wait", sys.executable, "-c", CHILD], input="hunter2\nhunter2\n",
                   capture_output=True,
                   text=True)
print("status", r.returncode)
print("stdout:", r.stdout.splitlines())
err = [l for l in r.stderr.splitlines() if not l.startswith("  ")]
print("stderr:", [l.split(": ", 1)[-1] if "GetPassWarning" in l else l for l in err])
