# ast.unparse of a varied module, and the round trip: parsing the output gives the same tree.
import ast

SOURCE = '''
"""Module docstring."""
import os, sys as system
from ..pkg import (a as b, c)

@decorator
@other.deco(1, key="v")
async def fetch(a, b: int = 2, /, c=3, *args, d, e=4, **kw) -> dict[str, int]:
    """Docstring with 'quotes' and "doubles"."""
    x = y = -1
    x += 2 ** -3 ** 2
    z: list[int] = [1, 2.5, 3j, "s", b"b", None, True, ...]
    async for i in gen():
        await handle(i)
    async with a as (b, c), d:
        pass
    return lambda q, *r: q if r else {k: v for k, v in r.items() if k}

class Shape(Base, metaclass=Meta):
    sides = 0
    def area(self) -> float:
        global COUNT
        nonlocal_free = (yield)
        del self.cache, self[0]
        while a < b <= c:
            break
        try:
            pass
        except (ValueError, TypeError) as e:
            raise RuntimeError("bad") from e
        except Exception:
            raise
        else:
            pass
        finally:
            return (yield from z), [*a, *b], {**c}, {1, 2}, a[1:2, ::3], f(*a, k=1, **kw)

match command.split():
    case [x, y, *rest]:
        pass
    case {"k": v, **others}:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case None | True:
        pass
    case str() as s if s:
        pass
    case _:
        pass
if a:
    pass
elif b:
    pass
else:
    pass
result = (a or b) and not c or (d and e)
value = -(-x) ** 2 + (a if b else c) * (lambda: 0)()
n = (m := 10) + len({*()})
s = f"{name!r:>{width}} and {value=} {{braces}}" 'tail'
t = (1,)
u = ()
print(*args, sep="")
'''

tree = ast.parse(SOURCE)
text = ast.unparse(tree)
print(text)
again = ast.parse(text)
print("round trip equal:", ast.dump(again) == ast.dump(tree))
print("second unparse equal:", ast.unparse(again) == text)
