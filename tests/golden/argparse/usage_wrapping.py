# A usage line too long for the width is wrapped, options first, then positionals.
import argparse

p = argparse.ArgumentParser(prog="deploy-service")
for name in ["region", "cluster", "image", "replicas", "timeout", "strategy", "namespace"]:
    p.add_argument("--" + name)
p.add_argument("--dry-run", action="store_true")
p.add_argument("service")
p.add_argument("targets", nargs="*")
p.print_usage()
p.print_help()
