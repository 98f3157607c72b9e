# str() of signatures of every parameter kind.
import inspect


def f0():
    pass


def f1(a, b=2, *args, c, d=4, **kw):
    pass


def f2(x, y, /, z, *, w):
    pass


def f3(p, /):
    pass


def f4(*, key=None):
    pass


def f5(a: int, b: str = "x", *rest: float, flag: bool = False, **opts: dict) -> list:
    pass


def f6(items: list[int], mapping: dict[str, int] = None) -> None:
    pass


for f in (f0, f1, f2, f3, f4, f5, f6, lambda x, y=1: 0):
    print(f.__name__, inspect.signature(f))
