from array import array
import array as m
for tc in 'bBhHiIlLqQ':
    for v in (-2**70, 2**70, -1, 2**31, 2**32, -2**31 - 1, 300, -200, 70000, 2**63, 2**64):
        try: array(tc, [v]); print(tc, v, "ok")
        except Exception as e: print(tc, v, type(e).__name__, e)
for args in [('f', [1e300, 0.1, -1e-50]), ('i', [1.5]), ('d', ['x']), ('d', [1, True, 2.5]), ('z',), ('u', [1]), ('u', 'ab'), ('i', 'ab'), ('b', b'ab'), ('h', b'\x01\x00\x02\x00'), ('i', 5), ('u', ['ab']), ('d', array('i', [1, 2])), ('i', array('u', 'x'))]:
    try: print(args, array(*args))
    except Exception as e: print(args, type(e).__name__, e)
a = array('i', [1,2,3])
for expr in ['a.extend(array("d", [1]))', 'a + array("d")', 'a.remove(9)', 'a.index(9)', 'array("i").pop()', 'a[10]', 'a.frombytes(b"abc")', 'a.tounicode()', 'a.fromunicode("x")', 'a.fromlist([1, "x"])', 'a', 'a.__setitem__(10, 1)', 'a * 2', '2 * a', 'a == array("d", [1.0, 2.0, 3.0])', 'a < array("i", [1, 3])', 'a.insert(100, 9)', 'a', 'a.append("x")', 'a.byteswap()', 'a', 'a.byteswap()', 'a.itemsize', 'array("u").itemsize', 'array("d").itemsize', 'a.buffer_info()[1]', 'a.typecode', 'list(reversed(a))', 'a.count(9)', 'bytes(array("h", [1, 256]))', 'array("d", [1.5]).tobytes()', 'type(a)', 'a.__class__.__module__', 'array("i", range(3))', 'repr(array("u", "hi"))', 'str(array("d"))', 'a[::-1]', 'a[5:1]', '3 in a', 'array("i", [1]) * -1', 'array("i", [1,2]).extend([1.5])', 'a.pop()', 'a.pop(0)', 'a', 'a.index(3)', 'array("u", "héllo").tobytes()', 'array("u", "hé").tounicode()', 'array("f", [0.1, 2.5])', 'array("d", [0.1]) == array("f", [0.1])', 'sum(array("d", [0.5, 1.5]))', 'sorted(array("b", [3, -1, 2]))', 'array("B", b"hello").tobytes().decode()', 'len(array("q", [1] * 10))', 'array("i", [1, 2]) != array("i", [1, 2])', 'array("i", [1, 2]) >= array("i", [1])', 'array("H", [1, 2]).tolist()', 'max(array("d", [1.5, 9.25, 3.0]))']:
    try: r = eval(expr); print(expr, '->', repr(r))
    except Exception as e: print(expr, '!!', type(e).__name__, e)
b = array('d', [1.0, 2.0, 3.0, 4.0])
b[1:3] = array('d', [9.0])
print(b)
del b[0]
print(b)
b += array('d', [7.5])
b *= 2
print(b, len(b))
b[0] = 5
print(b, b[-1])
try:
    b[0:1] = [1.0]
except TypeError as e:
    print(e)
c = array('i')
c.frombytes(array('i', [5, -6, 7]).tobytes())
print(c, c.tolist())
print(m.typecodes, m.ArrayType is array)
import copy
d = copy.copy(c); d.append(1); print(c, d, copy.deepcopy(d))
