# A downloader's command line: many option kinds, type callables, defaults converted by type,
# appended headers, a retry count with a custom type check, and the help it prints.
import argparse
import os
import sys

os.environ["COLUMNS"] = "100"
sys.stderr = sys.stdout


def positive_int(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not a positive integer" % text)
    return value


def header(text):
    if ":" not in text:
        raise ValueError(text)
    name, value = text.split(":", 1)
    return (name.strip(), value.strip())


parser = argparse.ArgumentParser(
    prog="fetch",
    description="Download files over HTTP. Several URLs may be given; each is saved under the "
    "output directory with its own name unless --output names a single file.",
    epilog="Examples: fetch -o page.html http://example.org/ ; fetch -j 4 URL1 URL2",
)
parser.add_argument("urls", nargs="+", metavar="URL", help="what to download")
parser.add_argument("-o", "--output", help="write to FILE instead of the remote name")
parser.add_argument("-d", "--directory", default=".", help="save files here (default: %(default)r)")
parser.add_argument("-j", "--jobs", type=positive_int, default="2", help="parallel downloads")
parser.add_argument("-r", "--retries", type=int, default=3, choices=range(0, 10), metavar="N")
parser.add_argument("-H", "--header", type=header, action="append", default=[], dest="headers",
                    help="extra header 'Name: value' (repeatable)")
parser.add_argument("--timeout", type=float, default=30.0, help="seconds before giving up on a connection")
parser.add_argument("--limit-rate", metavar="RATE", help="maximum transfer rate, e.g. 100k")
parser.add_argument("-q", "--quiet", action="store_const", const=0, dest="verbosity", default=1)
parser.add_argument("--debug", action="store_const", const=2, dest="verbosity")
parser.add_argument("--no-check-certificate", action="store_false", dest="verify")
parser.add_argument("-c", "--continue", action="store_true", dest="resume", help="resume partial downloads")

parser.print_help()
for argv in (
    ["http://a/x"],
    ["-j", "4", "-H", "Accept: text/html", "--header=X-Token:abc", "http://a", "http://b"],
    ["-qc", "--timeout", "2.5", "-r0", "u"],
    ["--debug", "--no-check-certificate", "-d", "/tmp", "--limit-rate", "100k", "u"],
    ["u", "--jo", "8"],
):
    a = parser.parse_args(argv)
    print(sorted(vars(a).items()))

for argv in (["-j", "0", "u"], ["-j", "x", "u"], ["-H", "nocolon", "u"], ["-r", "12", "u"],
             ["--timeout", "soon", "u"], ["-o"], ["--output"], []):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
