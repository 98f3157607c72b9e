import sys
from optparse import OptionParser, OptionGroup, OptionValueError, make_option, TitledHelpFormatter, SUPPRESS_HELP

def check_port(option, opt, value, parser):
    if value < 1024:
        raise OptionValueError("port %d is privileged" % value)
    setattr(parser.values, option.dest, value)

parser = OptionParser(usage="%prog [options] host...", version="%prog 1.4",
                      description="Fetch the status of every host given, concurrently, and print a table of what they answer.",
                      epilog="Report bugs to the maintainers.", prog="probe")
parser.add_option("-v", "--verbose", action="count", dest="verbosity", default=0,
                  help="say more (repeat for even more)")
parser.add_option("-q", "--quiet", action="store_const", const=0, dest="verbosity")
parser.add_option("-p", "--port", type="int", default=8080, action="callback",
                  callback=check_port, help="port to connect to [default: %default]")
parser.add_option("-t", "--timeout", type="float", default="2.5", metavar="SECS",
                  help="give up after SECS seconds (default %default)")
parser.add_option("--mode", choices=["fast", "slow", "careful"], default="fast")
parser.add_option("-H", "--header", action="append", dest="headers", default=[],
                  help="extra header to send; may be given many times, and each is sent exactly as written, without any checking at all")
parser.add_option("--dry-run", action="store_true", help="only print what would be done")
parser.add_option("--secret", help=SUPPRESS_HELP)
group = OptionGroup(parser, "Output options", "How the table of results looks.")
group.add_option("--json", action="store_true", dest="as_json", help="print JSON")
group.add_option("-w", "--width", type="int", nargs=2, metavar="MIN MAX")
parser.add_option_group(group)

parser.print_help()
print(parser.get_usage(), end="")
print(parser.get_version())
opts, args = parser.parse_args(["-vv", "--port=9000", "-t3", "--mode", "careful", "hostA",
                                "-H", "X-A: 1", "--head", "X-B: 2", "--dry", "hostB", "-w", "3", "9", "--", "-x"])
print(sorted(vars(opts).items()))
print(args)
print(opts)
print(opts == {'verbosity': 0}, opts.ensure_value("extra", 5))
opts, args = parser.parse_args([])
print(opts.timeout, opts.port, opts.verbosity, opts.mode)
print(parser.has_option("--json"), parser.get_option("-p"), parser.get_option_group("--json").title)
print(make_option("-x", "--xx", dest="x"))
tp = OptionParser(formatter=TitledHelpFormatter(), add_help_option=False)
tp.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
tp.print_help()
for bad in (["-z"], ["--por", "1"], ["--mode", "odd"], ["--port"], ["-t", "abc"], ["--dry-run=1"], ["-p", "80"]):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
