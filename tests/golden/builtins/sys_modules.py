# The builtins module in sys.modules, imported from, and changed from a class body.
import sys
print('builtins' in sys.modules, sys.modules['builtins'] is __builtins__)
from builtins import len as L, print as P
P(L("abc"))
import builtins
class C:
    x = len("ab")
    builtins.zz = 1
    y = zz
print(C.x, C.y)
print(builtins.__package__ == '', builtins.__name__)
del builtins.zz
try:
    zz
except NameError as e:
    print(e)
import json
print(type(json.__builtins__).__name__ if hasattr(json, '__builtins__') else 'none')
