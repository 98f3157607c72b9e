# The positions the traceback module sees: FrameSummary columns and the marker lines of
# format_tb, format_exception and extract_tb entries formatted one by one.
import traceback


def parse_port(settings):
    return int(settings["port"]) + settings["offset"]


def load(settings):
    return parse_port(settings)


try:
    load({"port": "80", "offset": "1"})
except TypeError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
    print("".join(traceback.format_tb(e.__traceback__)), end="")
    summary = traceback.extract_tb(e.__traceback__)
    print(summary.format_frame_summary(summary[-1]), end="")
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_list(traceback.extract_tb(e.__traceback__))[-1], end="")

try:
    load({"offset": 2})
except KeyError:
    print(traceback.format_exc(), end="")

# A FrameSummary made by hand has no columns: no marker line.
fs = traceback.FrameSummary(__file__, 7, "parse_port")
print(fs.colno, traceback.StackSummary.from_list([fs]).format()[0], end="")

# Lines with trailing white space: the module counts it with the leading white space.
try:
    x = 1 + "a"    
except TypeError:
    print(traceback.format_exc(), end="")
