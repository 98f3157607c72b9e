# The informational attributes of sys, its streams' attributes, and the exit()/quit() builtins.
import sys
print(sys.byteorder, sys.maxunicode, sys.float_info.max, sys.float_info[8], sys.int_info)
print(sys.hash_info.modulus == hash(float("inf")) or sys.hash_info.inf == hash(float("inf")))
print(sys.flags.optimize, sys.flags.dev_mode, type(sys.flags).__name__, len(sys.flags))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.intern("abc"), sys.is_finalizing())
print(sys.stdout.encoding, sys.stderr.errors, sys.stdout.name, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.writable())
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdout is sys.stderr)
print("sys" in sys.builtin_module_names, sys.api_version, sys.float_repr_style)
try:
    sys.intern(3)
except TypeError as e:
    print(e)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError")
try:
    quit((3, 4))
except SystemExit as e:
    print(e.args, e.code)
try:
    exit()
except SystemExit as e:
    print(e.args, e.code)
exit(3)
