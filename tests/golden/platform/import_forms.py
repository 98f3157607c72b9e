# The module's names, imported in the usual ways.
import platform as pf
from platform import uname, system, python_version_tuple

print(callable(uname), callable(system), system() == pf.system())
print(python_version_tuple()[0])
for name in ["architecture", "machine", "node", "platform", "processor", "python_build",
             "python_compiler", "python_implementation", "python_version", "release",
             "system", "uname", "version", "libc_ver", "freedesktop_os_release"]:
    assert callable(getattr(pf, name)), name
print(sorted(n for n in ["uname", "system", "nope"] if hasattr(pf, n)))
try:
    pf.nope
except AttributeError as e:
    print(e)
