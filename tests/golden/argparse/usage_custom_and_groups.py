# A custom usage string with %(prog)s, argument groups with titles and descriptions, an empty
# group (not shown), a group of suppressed arguments, and help=SUPPRESS options.
import argparse
import os

os.environ["COLUMNS"] = "80"
p = argparse.ArgumentParser(prog="db", usage="%(prog)s [options] DATABASE [TABLE ...]",
                            description="Inspect a database.\n\n  Indented text is refilled.",
                            epilog="Report bugs to %(prog)s-bugs@example.org.")
p.add_argument("database")
p.add_argument("tables", nargs="*")
conn = p.add_argument_group("connection", "How to reach the server.")
conn.add_argument("--host", default="localhost")
conn.add_argument("--port", type=int, default=5432)
out = p.add_argument_group("output")
out.add_argument("--csv", action="store_true", help="write CSV")
out.add_argument("--limit", type=int, help=argparse.SUPPRESS)
p.add_argument_group("nothing here")
hidden = p.add_argument_group("hidden", )
hidden.add_argument("--secret", help=argparse.SUPPRESS)
p.print_help()
print(p.format_usage(), end="")
print(p.parse_args(["main", "users", "--port", "1", "--limit", "5", "--secret", "s"]))
p.usage = None
print(p.format_usage(), end="")
