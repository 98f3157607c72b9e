import sys


def name(depth=1):
    return sys._getframe(depth).f_code.co_name


class Config:
    where = name()
    line = sys._getframe().f_lineno
    outer = sys._getframe().f_back.f_code.co_name


print(Config.where, Config.line, Config.outer)
print([name() for _ in range(1)])
print({name() for _ in range(1)})
print({k: name() for k in "a"})
print(list(name() for _ in range(1)))
print((lambda: sys._getframe().f_code.co_name)())


def depth():
    d = 0
    f = sys._getframe()
    while f is not None:
        d += 1
        f = f.f_back
    return d


def nest(n):
    return depth() if n == 0 else nest(n - 1)


print(depth(), nest(5))
code = sys._getframe().f_code
print(code.co_name, code.co_firstlineno)
print(nest.__code__ is (lambda: sys._getframe(1).f_code)() or "no")


def which():
    return sys._getframe(1).f_code


def caller():
    return which()


print(caller() is caller.__code__, caller().co_firstlineno)
