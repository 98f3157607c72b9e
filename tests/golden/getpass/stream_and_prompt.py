# Prompts may go to another stream; a non-str prompt is converted; input ends at EOF.
import subprocess
import sys

CHILD = r'''
import getpass, io, sys, warnings
warnings.simplefilter("ignore")
buf = io.StringIO()
pw = getpass.getpass(prompt=12345, stream=buf)
print("password", repr(pw), "| prompt stream:", repr(buf.getvalue()))
print(repr(getpass.getpass("")))
print(repr(getpass.fallback_getpass("fb> ", sys.stdout)))
getpass.getpass("last: ")
'''

r = subprocess.run(["setsid", "--wait", sys.executable, "-c", CHILD],
                   input="first line\n\nthird  \n", capture_output=True, text=True)
print("status", r.returncode)
for line in r.stdout.splitlines():
    print("out:", line)
print("err last:", r.stderr.splitlines()[-1])
print("err first:", r.stderr.splitlines()[0])
