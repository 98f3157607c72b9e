# A build script's options: repeatable flags, values joined or separate, long prefixes.
import getopt
import sys

ARGV = ["-j4", "--target", "release", "-D", "FOO=1", "-DBAR", "--verb", "--jobs=8", "src/", "docs/"]
opts, args = getopt.getopt(ARGV, "j:D:v", ["target=", "jobs=", "verbose", "version"])
print(opts)
print(args)
defines = [a for o, a in opts if o == "-D"]
jobs = [int(a) for o, a in opts if o in ("-j", "--jobs")]
print(defines, jobs)
try:
    getopt.getopt(["--ver"], "", ["verbose", "version"])
except getopt.GetoptError as e:
    print(e.msg, e.opt)
print(getopt.getopt(["--version"], "", ["verbose", "version"]))
print(getopt.getopt(["-v", "--", "--target"], "v", ["target="]))
print(getopt.getopt([], ""), getopt.getopt(["x"], ""))
print(getopt.getopt(["-a:"], "a::") if False else getopt.getopt(["-ab"], "ab"))
try:
    getopt.getopt(["-:"], "a:")
except getopt.GetoptError as e:
    print(e)
try:
    getopt.getopt(["--jobs=2=3", "--verbose=1"], "", ["jobs=", "verbose"])
except getopt.GetoptError as e:
    print(e)
print(getopt.getopt(["--jobs=2=3"], "", ["jobs="]))
