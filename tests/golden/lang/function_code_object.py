# What programs read of a function's code object: names, argument counts, flags, place.
import asyncio
def f(a, b=1, *args, c, d=2, **kw):
    x = 1
    def g(): return x
    y = 2
    return g
c = f.__code__
print(c.co_name, c.co_qualname, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_flags, c.co_nlocals,
      c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_firstlineno, c.co_filename.endswith("function_code_object.py"))
g = f(1, c=2)
print(g.__code__.co_freevars, g.__code__.co_flags, g.__code__.co_qualname, type(g.__code__).__name__)
print(f(1, c=3).__code__ is g.__code__, f.__code__ is f.__code__)
async def h(): pass
def gen(): yield
async def ag(): yield
print(h.__code__.co_flags, gen.__code__.co_flags, ag.__code__.co_flags, (lambda: 0).__code__.co_name, (lambda q: 0).__code__.co_flags)
def positional_names(fn):
    co = fn.__code__
    return co.co_varnames[:co.co_argcount]
def route(path, method="GET", *, strict=False):
    return path
print(positional_names(route), route.__code__.co_kwonlyargcount)
print(asyncio.iscoroutinefunction(h), h.__code__.co_flags & 0x80 != 0)
def deco(fn):
    return fn
@deco
def decorated(q, /, r):
    pass
print(decorated.__code__.co_firstlineno, decorated.__code__.co_posonlyargcount, repr(decorated.__code__).startswith("<code object decorated at 0x"))
