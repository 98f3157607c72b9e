# Short options joined together (-vvq), values attached (-n5), and long options with =.
import argparse

p = argparse.ArgumentParser(prog="cl")
p.add_argument("-v", action="count", default=0)
p.add_argument("-q", action="store_true")
p.add_argument("-n", type=int)
p.add_argument("--name")
print(p.parse_args(["-vvq", "-n5", "--name=joe"]))
print(p.parse_args(["-qvn", "7"]))
print(p.parse_args(["-n=3"]) if False else p.parse_args(["-n", "-0"]) if False else p.parse_args(["-v"]))
