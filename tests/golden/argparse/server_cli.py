# The command line of a small HTTP server in the style of `python -m http.server`: an optional
# port positional with a type and default, bind address, directory, protocol choices.
import argparse
import os
import sys

os.environ["COLUMNS"] = "80"
sys.stderr = sys.stdout

parser = argparse.ArgumentParser(prog="server.py")
parser.add_argument("--cgi", action="store_true", help="run as CGI server")
parser.add_argument("--bind", "-b", metavar="ADDRESS",
                    help="specify alternate bind address (default: all interfaces)")
parser.add_argument("--directory", "-d", default="/srv/www",
                    help="specify alternate directory (default: current directory)")
parser.add_argument("--protocol", metavar="VERSION", default="HTTP/1.0",
                    help="conform to this HTTP version (default: %(default)s)")
parser.add_argument("port", action="store", default=8000, type=int, nargs="?",
                    help="specify alternate port (default: %(default)s)")

parser.print_help()
for argv in ([], ["9000"], ["-b", "127.0.0.1", "8080"], ["--cgi", "-d", "/tmp", "--protocol", "HTTP/1.1"],
             ["--bind=::1", "--", "81"], ["-d/var", "7"]):
    print(parser.parse_args(argv))
for argv in (["eighty"], ["80", "81"], ["--bind"], ["--protocol"]):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
