# The constants and the small functions most programs use.
import os

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.extsep, os.devnull)
print(os.path is os.path, os.error is OSError, os.unlink is os.remove)
print(os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()))
print(os.path.abspath("a/../b") == os.path.join(os.getcwd(), "b"))
print(type(os.getpid()).__name__, os.getpid() > 0, type(os.cpu_count()).__name__)
print(os.fspath("x/y"))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError:", e)


class P:
    def __fspath__(self):
        return "from/fspath"


print(os.fspath(P()), os.path.basename(P()))
