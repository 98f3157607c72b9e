# sys.version_info compares as a tuple and names its fields; sys.implementation describes
# the interpreter in PEP 421's terms.
import sys

v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial)
print(v >= (3, 8), v < (4,), v > (3, 11, 0, "alpha"), v[:2] == (3, 11))
major, minor, *rest = v
print(major, minor, len(rest), len(v))
print(isinstance(v, tuple), type(v).__name__, v.n_fields)
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="))
try:
    type(v)(1, 2, 3, "final", 0)
except TypeError as e:
    print(e)
impl = sys.implementation
print(sorted(k for k in vars(impl) if not k.startswith("_")))
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(isinstance(impl.hexversion, int), impl.version[3], len(impl.version))
print(sys.hexversion >> 16 == 0x30B)
from sys import version_info as vi
print(vi is sys.version_info, vi.micro == v[2])
match sys.version_info:
    case (3, minor, *_) if minor >= 10:
        print("modern", minor)
