# Callbacks as optparse's documentation shows them: a variable number of arguments, options
# that must come in order, and a value checked against another option.
from optparse import OptionParser, OptionValueError


def vararg_callback(option, opt_str, value, parser):
    assert value is None
    value = []

    def floatable(s):
        try:
            float(s)
            return True
        except ValueError:
            return False

    for arg in parser.rargs:
        if arg[:2] == "--" and len(arg) > 2:
            break
        if arg[:1] == "-" and len(arg) > 1 and not floatable(arg):
            break
        value.append(arg)
    del parser.rargs[:len(value)]
    setattr(parser.values, option.dest, value)


def check_order(option, opt_str, value, parser):
    if parser.values.b:
        raise OptionValueError("can't use %s after -b" % opt_str)
    setattr(parser.values, option.dest, 1)


def record_foo_seen(option, opt_str, value, parser):
    parser.values.saw_foo = True


def scale(option, opt_str, value, parser, factor, unit="m"):
    setattr(parser.values, option.dest, "%g%s" % (value * factor, unit))


parser = OptionParser(prog="demo")
parser.add_option("-c", "--callback", dest="vararg_attr", action="callback",
                  callback=vararg_callback)
parser.add_option("-a", action="callback", callback=check_order, dest="a")
parser.add_option("-b", action="store_true", dest="b")
parser.add_option("--foo", action="callback", callback=record_foo_seen)
parser.add_option("--km", type="float", action="callback", callback=scale,
                  callback_args=(1000,), callback_kwargs={"unit": "m"}, dest="dist")
parser.add_option("--point", type="int", nargs=3, dest="point")
parser.add_option("-D", action="append", dest="defines", default=None)
parser.add_option("-I", action="append_const", const="inc", dest="flags")

print(parser.parse_args(["-c", "1", "-2.5", "x", "--foo", "rest"]))
opts, args = parser.parse_args(["-a", "-b", "--km", "2.5", "--point", "1", "2", "3"])
print(opts.a, opts.b, opts.dist, opts.point, args)
opts, args = parser.parse_args(["-DX=1", "-D", "Y", "-II", "--", "--foo"])
print(opts.defines, opts.flags, args, getattr(opts, "saw_foo", None))
print(parser.largs, parser.rargs)
parser.parse_args(["-b", "-a"])
