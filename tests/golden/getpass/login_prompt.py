# A login prompt: asks for user and password on a pipe, checks them against a salted hash.
import subprocess
import sys

CHILD = r'''
import getpass, hashlib, sys, warnings
warnings.simplefilter("ignore", getpass.GetPassWarning)
USERS = {"ann": hashlib.sha256(b"salt:" + b"correct horse").hexdigest()}
for attempt in range(1, 4):
    user = input("user: ")
    pw = getpass.getpass(f"password for {user}: ")
    if USERS.get(user) == hashlib.sha256(b"salt:" + pw.encode()).hexdigest():
        print(f"\nwelcome {user} (attempt {attempt})")
        break
    print(f"\nbad credentials for {user!r}")
else:
    sys.exit("too many attempts")
'''

for feed in ["bob\nx\nann\nwrong\nann\ncorrect horse\n", "a\nb\nc\nd\ne\nf\n", "ann\n"]:
    r = subprocess.run(["setsid", "--wait", sys.executable, "-c", CHILD], input=feed,
                       capture_output=True, text=True)
    print("exit", r.returncode)
    print("  out:", r.stdout.replace("\n", "|"))
    print("  err last:", r.stderr.strip().splitlines()[-1])
