import sys

print("to stdout")
print("to stderr", 1, 2, sep="-", file=sys.stderr)
n = sys.stdout.write("written\n")
print(n)
sys.stderr.write("err line\n")
sys.stdout.flush()
print(sys.stdout)
print("done", file=sys.stdout)
