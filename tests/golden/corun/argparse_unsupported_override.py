# argparse in corun has its own internals: a subclass overriding one of CPython's private
# formatter or parser methods would be silently skipped, so it is refused when created.
import argparse


class OwnUsage(argparse.HelpFormatter):
    def _format_usage(self, usage, actions, groups, prefix):
        return "custom usage\n"


class OwnOptional(argparse.ArgumentParser):
    def _parse_optional(self, arg_string):
        return None


p = argparse.ArgumentParser(prog="p", formatter_class=OwnUsage)
try:
    p.print_help()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    OwnOptional(prog="q")
except NotImplementedError as e:
    print("NotImplementedError:", e)
