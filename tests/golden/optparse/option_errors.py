import sys
from optparse import OptionParser
from optparse import Option, OptionError, OptionConflictError
for args, kw in [(("x",), {}), (("--",), {}), (("-f",), {"action": "bogus"}), (("-f",), {"type": "hex"}),
                 (("-f",), {"action": "store_true", "type": "int"}), (("-f",), {"type": "choice"}),
                 (("-f",), {"foo": 1, "bar": 2}), (("-f",), {"action": "callback", "callback": 3}),
                 (("-f",), {"nargs": 2, "action": "count"}), (("-f",), {"const": 2})]:
    try:
        Option(*args, **kw)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    parser.add_option("-v")
except OptionConflictError as e:
    print(e)
p2 = OptionParser()
p2.disable_interspersed_args()
print(p2.parse_args(["a", "-h"]))
p2.parse_args(["--ver"])
