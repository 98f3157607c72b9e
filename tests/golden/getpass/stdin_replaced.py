# A test harness replaces sys.stdin with a StringIO: getpass then reads the password from it.
import subprocess
import sys

CHILD = r'''
import getpass, io, sys, warnings
warnings.simplefilter("ignore")
sys.stdin = io.StringIO("from-stringio\nsecond\n")
out = io.StringIO()
print(repr(getpass.getpass("pw? ", stream=out)), repr(out.getvalue()))
print(repr(getpass.getpass("again? ", stream=out)))
try:
    getpass.getpass("none left? ", stream=out)
except EOFError:
    print("EOFError", repr(out.getvalue()[-12:]))
'''

r = subprocess.run(["setsid", "--wait", sys.executable, "-c", CHILD], input="from-real-stdin\n",
                   capture_output=True, text=True)
print(r.returncode)
print(r.stdout, end="")
print(repr(r.stderr))
