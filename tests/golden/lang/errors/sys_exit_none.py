# sys.exit() and sys.exit(None) exit with status 0; SystemExit can be caught.
import sys

try:
    sys.exit(7)
except SystemExit as e:
    print("caught code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught code", e.code, e.args)
print("leaving")
sys.exit(None)
