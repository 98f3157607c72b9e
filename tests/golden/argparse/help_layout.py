# Help text: wrapping of long help, long option names on their own line, groups, epilog.
import argparse

p = argparse.ArgumentParser(
    prog="backup",
    description="Back up a set of folders to a destination, keeping a number of older "
                "copies and skipping files that have not changed since the last run.",
    epilog="Exit status is 0 on success.")
p.add_argument("folders", nargs="+", help="the folders to back up")
p.add_argument("--destination-directory-for-the-copies", metavar="DIR",
               help="where the copies go")
p.add_argument("-k", "--keep", type=int, default=3,
               help="how many older copies to keep; older ones are deleted once the new "
                    "copy has been written and checked, so there is never less than this")
net = p.add_argument_group("network", "Options for remote destinations.")
net.add_argument("--host", help="remote host")
net.add_argument("--port", type=int, default=22, help="port (default: %(default)s)")
p.add_argument("--quiet", action="store_true", help=argparse.SUPPRESS)
p.print_help()
print(p.format_usage(), end="")
