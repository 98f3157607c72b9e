# Non-ASCII prompts and passwords pass through unchanged.
import subprocess
import sys

CHILD = r'''
import getpass, warnings
warnings.simplefilter("ignore")
pw = getpass.getpass("Mot de passe (é) : ")
print(repr(pw), len(pw), pw.encode("utf-8"))
print(repr(getpass.getpass(prompt="")))
'''

r = subprocess.run(["setsid", "--wait", sys.executable, "-c", CHILD],
                   input="pässwörd ✓\n\t spaced \t\n", capture_output=True, text=True)
print(r.returncode, r.stdout, repr(r.stderr))
