# The Python version the interpreter implements, in each of its forms.
import platform
import sys

v = platform.python_version()
t = platform.python_version_tuple()
print(v.count("."), t[:2], type(t).__name__)
print(v == ".".join(t))
print(t[0] == str(sys.version_info.major), t[1] == str(sys.version_info[1]))
print(tuple(int(x) for x in t) == sys.version_info[:3])
print(sys.version.startswith(v))
print(sys.hexversion >> 24, (sys.hexversion >> 16) & 0xFF, hex(sys.hexversion & 0xFF))
print(isinstance(platform.python_compiler(), str), isinstance(platform.python_build(), tuple))
print(platform.python_branch() == "" or isinstance(platform.python_branch(), str))
