# A module's __getattr__ supplies names of its __all__ to a star import, as in CPython.
from collections import *
print(ChainMap, deque)
import types
m = types.ModuleType("m")
m.__all__ = ["nope"]
import sys
sys.modules["m"] = m
try:
    from m import *
except AttributeError as e:
    print(e)
