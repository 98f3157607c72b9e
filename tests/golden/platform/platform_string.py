# platform() strings are made from the uname fields, with the C library on Linux.
import platform

s = platform.platform()
print(type(s).__name__, " " not in s, "--" not in s, not s.endswith("-"))
print(s.startswith(platform.system()))
if platform.system() == "Linux":
    name, ver = platform.libc_ver()
    print(s.endswith("-with-" + name + ver))
    print(platform.machine() in s)
print(platform.platform(terse=True) == platform.platform(terse=1))
print(platform.platform(aliased=True) == platform.platform())
print(platform.platform() is platform.platform() or platform.platform() == s)
