# The formatter classes: raw description, raw text, defaults shown, and metavar types.
import argparse

desc = """First line.
    Indented second line.

Last paragraph."""
for cls in [argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter]:
    p = argparse.ArgumentParser(prog="f", description=desc, formatter_class=cls)
    p.add_argument("--count", type=int, default=4, help="how many\n  (per line)")
    p.add_argument("path", type=str, help="where")
    p.print_help()
    print("----")
