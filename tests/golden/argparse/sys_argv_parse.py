# parse_args() with no list reads sys.argv[1:], and prog defaults to the script's name.
import argparse
import sys

sys.stderr = sys.stdout
sys.argv = ["/usr/local/bin/greeter.py", "--times", "2", "World", "-s"]
p = argparse.ArgumentParser(description="Greets people.")
p.add_argument("name")
p.add_argument("--times", type=int, default=1)
p.add_argument("-s", "--shout", action="store_true")
args = p.parse_args()
for _ in range(args.times):
    text = "hello, " + args.name
    print(text.upper() if args.shout else text)
print(p.prog)
p.print_usage()
sys.argv = ["greeter.py"]
try:
    p.parse_args()
except SystemExit as e:
    print("exit", e.code)
print(argparse.ArgumentParser().prog)
