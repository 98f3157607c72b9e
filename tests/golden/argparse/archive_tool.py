# A zipapp-like archiver: an input positional, an output option, a required-looking exclusive
# group of modes, and checks the program makes itself through parser.error().
import argparse
import sys

sys.stderr = sys.stdout

parser = argparse.ArgumentParser(prog="archiver", formatter_class=lambda prog: argparse.HelpFormatter(prog, width=72))
parser.add_argument("source", help="Source directory (or existing archive).")
parser.add_argument("--output", "-o", default=None,
                    help="The name of the output archive. Required if SOURCE is an archive.")
parser.add_argument("--python", "-p", default=None,
                    help="The name of the Python interpreter to use (default: no shebang line).")
parser.add_argument("--main", "-m", default=None,
                    help="The main function of the application (default: use an existing __main__.py).")
parser.add_argument("--compress", "-c", action="store_true",
                    help="Compress files with the deflate method. Files are stored uncompressed by default.")
parser.add_argument("--info", default=False, action="store_true",
                    help="Display the interpreter from the archive.")


def run(argv):
    args = parser.parse_args(argv)
    if args.info:
        if not args.source.endswith(".pyz"):
            parser.error("Can only get info for an archive file")
        return "info " + args.source
    if args.source.endswith(".pyz") and args.output is None:
        parser.error("In-place editing of archives is not supported")
    if args.main and ":" not in args.main:
        parser.exit(1, "Invalid entry point: %s\n" % args.main)
    return vars(args)


parser.print_help()
for argv in (["app"], ["app", "-o", "app.pyz", "-p", "/usr/bin/env python3", "-c"],
             ["app.pyz", "--info"], ["app", "--info"], ["app.pyz"], ["app", "-m", "pkg.mod:main"],
             ["app", "-m", "nocolon"], ["app", "--compress=yes"], ["app", "-cx"]):
    try:
        print(run(argv))
    except SystemExit as e:
        print("exit", e.code)
