# Every kind of getopt error, caught and reported as a tool would.
import getopt

cases = [
    (["-z"], "ab", []), (["-a"], "a:", []), (["--x"], "", ["xa", "xb"]), (["--x"], "", []),
    (["--flag=1"], "", ["flag"]), (["--val"], "", ["val="]), (["-abc"], "ab", []),
]
for argv, short, long in cases:
    try:
        print(getopt.getopt(argv, short, long))
    except getopt.GetoptError as err:
        print(f"{argv}: {err} [opt={err.opt!r}] {isinstance(err, getopt.error)}")
err = getopt.GetoptError("custom", "o")
print(err.msg, err.opt, err.args, repr(str(err)))
raise SystemExit(getopt.GetoptError("option -q not recognized", "q").msg)
