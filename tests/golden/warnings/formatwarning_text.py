# formatwarning and showwarning write CPython's text.
import sys
import warnings

print(repr(warnings.formatwarning("message", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "x.py", 3, "  source line  ")))
warnings.showwarning("shown", RuntimeWarning, "prog.py", 7, sys.stdout, "call()")
warnings.showwarning("no line", UserWarning, "prog.py", 8, sys.stdout, "")
