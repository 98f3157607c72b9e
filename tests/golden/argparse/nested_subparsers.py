# Subcommands within subcommands, and what each level's namespace holds.
import argparse
import sys

sys.stderr = sys.stdout
top = argparse.ArgumentParser(prog="cloud")
top.add_argument("--region", default="eu")
level1 = top.add_subparsers(dest="service")
vm = level1.add_parser("vm")
vm_cmds = vm.add_subparsers(dest="action")
start = vm_cmds.add_parser("start")
start.add_argument("name")
start.add_argument("--size", choices=["s", "m", "l"], default="s")
stop = vm_cmds.add_parser("stop")
stop.add_argument("name")
stop.add_argument("--force", action="store_true")
print(top.parse_args(["vm", "start", "web1", "--size", "m"]))
print(top.parse_args(["--region", "us", "vm", "stop", "db", "--force"]))
print(top.parse_args([]))
try:
    top.parse_args(["vm", "start", "x", "--size", "xl"])
except SystemExit as e:
    print("->", e.code)
start.print_help()
