# Options from an environment variable merged before the command line's.
import getopt
import shlex

env = "--level=2 -q"
cli = ["-l", "5", "input.txt"]
opts, args = getopt.getopt(shlex.split(env) + cli, "ql:", ["level=", "quiet"])
settings = {}
for o, a in opts:
    key = {"-l": "level", "--level": "level", "-q": "quiet", "--quiet": "quiet"}[o]
    settings[key] = int(a) if key == "level" else True
print(opts, args, settings)
