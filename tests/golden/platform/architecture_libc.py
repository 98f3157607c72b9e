# architecture() and libc_ver(): bits and linkage of the interpreter, the C library's version.
import platform
import sys

bits, linkage = platform.architecture()
print(bits, bits == ("64bit" if sys.maxsize > 2**32 else "32bit"))
print(linkage if platform.system() == "Linux" else "ELF")
print(platform.architecture(bits="16bit"))
lib, ver = platform.libc_ver()
print(lib in ("glibc", "libc", ""), all(p.isdigit() for p in ver.split(".")) if ver else True)
