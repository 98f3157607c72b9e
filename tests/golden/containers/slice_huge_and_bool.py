# Slices follow CPython's PySlice_Unpack/AdjustIndices: indices and steps of any size clamp,
# bools and objects with __index__ are indices, and assignments insert or raise as CPython's.
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        print('  index', self.v)
        return self.v
for seq in ['abcdef', [1, 2, 3, 4, 5, 6], (1, 2, 3, 4, 5, 6), b'abcdef', 'ab\u00e9cdef']:
    for sl in [slice(1, None, 2**63), slice(None, None, -2**63), slice(2**63, None), slice(-2**63, 2**63), slice(None, None, True), slice(False, True), slice(I(1), I(5), I(2)), slice(None, None, -1), slice(5, 1, -2), slice(2**100, -2**100, -1), slice(-1, None, 2**62)]:
        try:
            print(type(seq).__name__, sl.start if not isinstance(sl.start, I) else 'I', repr(seq[sl]))
        except Exception as e:
            print(type(e).__name__, e)
for sl in [slice(None, None, 0), slice('a', None), slice(None, 1.5), slice(None, None, 'x')]:
    try:
        'abc'[sl]
    except Exception as e:
        print(type(e).__name__, e)
x = [0, 1, 2, 3, 4]
del x[2::2**63]; print(x)
x = [0, 1, 2, 3, 4]
x[1::2**63] = [7]; print(x)
try:
    x[1::2**63] = [7, 8, 9]
except ValueError as e:
    print(e)
x = [0, 1, 2]
x[0:0:True] = [7, 8]; print(x)
a = [1, 2]
a[2**63:] = [9]; print(a)
a[-2**63:0] = [0]; print(a)
a[::-1] = a; print(a)
a[:] = a; print(a)
a[I(1):I(2)] = 'xy'; print(a)
del a[::-2]; print(a)
b = list(range(10)); del b[7:2:-2]; print(b)
b = list(range(10)); b[7:2:-2] = 'abc'; print(b)
b = list(range(10)); b[5:2:1] = 'xyz'; print(b)
try:
    b[::2] = 5
except TypeError as e:
    print(e)
try:
    b[1:2] = 5
except TypeError as e:
    print(e)
def gen():
    yield 1
    raise KeyError('inside')
try:
    b[1:2] = gen()
except KeyError as e:
    print('KeyError', e)
print([1, 2, 3][I(1)], (1, 2)[I(-1)], 'xyz'[I(2)])
for idx in [2**63, -2**63, 2**100]:
    try:
        [1][idx]
    except IndexError as e:
        print(e)
print(slice(None, None, 2**70).indices(5), slice(-2**70, 2**70).indices(3), slice(I(1), None).indices(4))
r = range(0, 100, 3)
print(r[::-1], r[I(3)])
s = 'abc'; t = (1, 2)
print(s[:] is s, t[:] is t, s[::1] is s)
print([1,2,3].index(3, I(1)), [1,2,3].index(2, -2**70, 2**70))
try:
    [1].index(1, None)
except TypeError as e:
    print(e)
for sl in [slice(None, None, -2**63), slice(2**63, None), slice(I(1), I(5), I(2)), slice(5, 1, -2)]:
    print(range(6)[sl])
