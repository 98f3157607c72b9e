"""`getopt`: Unix-style command line option parsing (`getopt`, `gnu_getopt`, `GetoptError`)."""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ""
    msg = ""

    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    opts = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    while args and args[0].startswith("-") and args[0] != "-":
        if args[0] == "--":
            args = args[1:]
            break
        if args[0].startswith("--"):
            opts, args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    opts = []
    rest = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    # '+' first, or POSIXLY_CORRECT, stops at the first argument that is not an option.
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        a = args[0]
        if a == "--":
            rest += args[1:]
            break
        if a[:2] == "--":
            opts, args = _long(opts, a[2:], longopts, args[1:])
        elif a[:1] == "-" and a != "-":
            opts, args = _shorts(opts, a[1:], shortopts, args[1:])
        elif options_first:
            rest += args
            break
        else:
            rest.append(a)
            args = args[1:]
    return opts, rest


def _long(opts, opt, longopts, args):
    opt, eq, value = opt.partition("=")
    value = value if eq else None
    takes_arg, opt = _long_takes_arg(opt, longopts)
    if takes_arg:
        if value is None:
            if not args:
                raise GetoptError(f"option --{opt} requires argument", opt)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError(f"option --{opt} must not have an argument", opt)
    opts.append(("--" + opt, value or ""))
    return opts, args


def _long_takes_arg(opt, longopts):
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError(f"option --{opt} not recognized", opt)
    if opt in matches:
        return False, opt
    if opt + "=" in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError(f"option --{opt} not a unique prefix", opt)
    match = matches[0]
    if match.endswith("="):
        return True, match[:-1]
    return False, match


def _shorts(opts, optstring, shortopts, args):
    while optstring:
        opt, optstring = optstring[0], optstring[1:]
        if _short_takes_arg(opt, shortopts):
            if not optstring:
                if not args:
                    raise GetoptError(f"option -{opt} requires argument", opt)
                optstring, args = args[0], args[1:]
            value, optstring = optstring, ""
        else:
            value = ""
        opts.append(("-" + opt, value))
    return opts, args


def _short_takes_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt and c != ":":
            return shortopts.startswith(":", i + 1)
    raise GetoptError(f"option -{opt} not recognized", opt)
