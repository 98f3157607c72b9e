# With no list given, parse_args reads sys.argv[1:]; the program name comes from sys.argv[0].
import argparse
import sys

sys.argv = ["convert.py", "in.txt", "--to", "json"]
p = argparse.ArgumentParser()
p.add_argument("src")
p.add_argument("--to", default="text")
print(p.prog, p.parse_args())
p.print_usage()
sys.argv = ["convert.py"]
sys.stderr = sys.stdout
try:
    p.parse_args()
except SystemExit as e:
    print("exit", e.code)
