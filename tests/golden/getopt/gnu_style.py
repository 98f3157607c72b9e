# gnu_getopt lets options and file names mix, as GNU tools do.
import getopt
import os

os.environ.pop("POSIXLY_CORRECT", None)
argv = ["file1", "-a", "file2", "--beta=2", "file3", "-c", "val", "--", "-d"]
print(getopt.gnu_getopt(argv, "ac:d", ["beta="]))
print(getopt.getopt(argv, "ac:d", ["beta="]))
print(getopt.gnu_getopt(argv, "+ac:d", ["beta="]))
print(getopt.gnu_getopt(["-a", "x", "-"], "a"))
print(getopt.gnu_getopt(["--alpha", "x"], "", "alpha"))
print(getopt.getopt(["--al", "x"], "", ("alpha", "also")) if False else "skip")
for argv, short, long in [(["--al"], "", ["alpha", "also"]), (["x", "-q"], "a", []),
                          (["--beta"], "", ["beta="])]:
    try:
        print(getopt.gnu_getopt(argv, short, long))
    except getopt.error as e:
        print("GetoptError:", e, repr(e.opt), e.msg, e.args)
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["x", "-a"], "a"))
print(getopt.GetoptError is getopt.error, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError("message")
print(str(e), repr(e.opt), e.args)
