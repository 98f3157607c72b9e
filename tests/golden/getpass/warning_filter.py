# The GetPassWarning can be turned into an error, or recorded, like any warning.
import subprocess
import sys

CHILD = r'''
import getpass, warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pw = getpass.getpass("pw: ")
print("read", repr(pw))
for w in caught:
    print("warning:", w.category.__name__, w.message)
warnings.simplefilter("error", getpass.GetPassWarning)
try:
    getpass.getpass("pw: ")
except getpass.GetPassWarning as e:
    print("raised", type(e).__name__, e)
print("left on stdin:", repr(__import__("sys").stdin.read()))
'''

r = subprocess.run(["setsid", "--wait", sys.executable, "-c", CHILD],
                   input="alpha\nbeta\n", capture_output=True, text=True)
print(r.returncode)
print(r.stdout)
print(r.stderr.count("Warning: Password input may be echoed."), r.stderr.count("pw: "))
