# Slice objects from await-ing subscripts, builtin subclasses, __class_getitem__, deques, huge bounds.
import asyncio
from collections import deque
class R:
    def __getitem__(self, k): return k
async def val(): return 3
async def main():
    r = R()
    print(r[1:await val()], r[1:2, await val()], r[await val():])
asyncio.run(main())
print(slice, repr(slice), slice.__name__, type(slice(1)))
class S(str): pass
print(S("hello")[1:3], S("hello")[slice(None, None, 2)])
class G:
    def __class_getitem__(cls, k): return k
print(G[1:2])
try: deque([1,2])[0:1]
except TypeError as e: print(e)
class L(list):
    def __delitem__(self, k): print("del", k); super().__delitem__(k)
    def __setitem__(self, k, v): print("set", k, v); super().__setitem__(k, v)
l = L([1,2,3,4])
del l[1:2]; l[::2] = "ab"; print(l)
t = (1,2,3)
print(t[slice(-1, None)], t[True:])
print(slice(1,2,3).__class__ is slice, slice(1) == 1, slice(1) != slice(1))
x = [1,2,3]
x[1:2:1] = [7,8,9]
print(x)
print(slice(10**30, -10**30, 10**30).indices(5))
