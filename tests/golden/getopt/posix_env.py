# gnu_getopt under POSIXLY_CORRECT and with '+': stop at the first operand.
import getopt
import os

argv = ["-a", "file", "-b", "--long", "x"]
os.environ.pop("POSIXLY_CORRECT", None)
print(getopt.gnu_getopt(argv, "ab", ["long"]))
print(getopt.gnu_getopt(argv, "+ab", ["long"]))
os.environ["POSIXLY_CORRECT"] = ""
print(getopt.gnu_getopt(argv, "ab", ["long"]))
os.environ["POSIXLY_CORRECT"] = "yes"
print(getopt.gnu_getopt(argv, "ab", ["long"]))
print(getopt.gnu_getopt(["--", "-a"], "a"), getopt.gnu_getopt(["-"], "a"))
del os.environ["POSIXLY_CORRECT"]
