# Unpacking takes only as many items as the targets need, with CPython's errors for too
# few, too many and non-iterable values; an error raised by __iter__ itself propagates.
import itertools
def tryit(src, env=None):
    try:
        exec_env = dict(env or {})
        r = fn_map[src]()
        print(src, '->', r)
    except Exception as e:
        print(src, '!!', type(e).__name__, e)

class It:
    def __iter__(self):
        raise KeyError('boom')
class Seq:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
def gen(n):
    for i in range(n):
        print('  yield', i)
        yield i

def f1(): a, b = itertools.count(); return a, b
def f2(): a, b = 5; return a
def f3(): a, b = It(); return a
def f4(): a, b, c = Seq(); return a, b, c
def f5(): a, b = gen(3); return a, b
def f6(): a, *b, c = gen(1); return a, b, c
def f7(): a, b, *c = [1]; return a
def f8(): *a, b = gen(4); return a, b
def f9(): a, (b, c), d = 1, [2, 3], 4; return a, b, c, d
def f10(): a, b = [1, 2, 3]; return a
def f11(): a, b = (1,); return a
def f12(): x = [1, 2]; x[0], x[1] = x[1], x[0]; return x
def f13(): a, b = 'xy'; return a, b
def f14(): a, b = {'k': 1, 'j': 2}; return a, b
def f15(): a, *b = range(5); return a, b
def f16(): a, b = None; return a
fns = [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16]
fn_map = {f.__name__: f for f in fns}
for k in fn_map:
    tryit(k)
for a, (b, *c) in [(1, (2, 3, 4)), (5, [6])]:
    print(a, b, c)
