# A command line tool parsing its options with getopt.
import getopt


def parse(argv):
    try:
        opts, args = getopt.getopt(argv, "hvo:n:", ["help", "verbose", "output=", "count=", "dry-run"])
    except getopt.GetoptError as err:
        return f"error: {err} (opt={err.opt!r})"
    config = {"verbose": 0, "output": "-", "count": 1, "dry": False}
    for o, a in opts:
        if o in ("-h", "--help"):
            return "usage: tool [-hv] [-o FILE] [-n N] files..."
        elif o in ("-v", "--verbose"):
            config["verbose"] += 1
        elif o in ("-o", "--output"):
            config["output"] = a
        elif o in ("-n", "--count"):
            config["count"] = int(a)
        elif o == "--dry-run":
            config["dry"] = True
    return f"{opts} {args} {config}"


for argv in [
    [], ["a.txt"], ["-v", "-v", "a", "b"], ["-vvo", "out.txt", "x"], ["-oout.txt"],
    ["--output=o", "--count", "3", "f"], ["--out", "x"], ["--verb"], ["--dry", "--", "-v"],
    ["-", "-v"], ["-x"], ["-o"], ["--count"], ["--help=yes"], ["--nope"], ["--d"],
    ["f", "-v"], ["-h", "-x"],
]:
    print(argv, "->", parse(argv))
