# corun names itself in sys.implementation and platform, and implements Python 3.11.
import platform
import sys

print(sys.implementation.name, sys.implementation.cache_tag)
print(type(sys.implementation).__name__)
print(sys.implementation.version[:2] == sys.implementation.version[0:2])
print(platform.python_implementation())
print(sys.version_info[:2], sys.version_info.releaselevel)
print(platform.python_compiler())
print("corun" in sys.version)
