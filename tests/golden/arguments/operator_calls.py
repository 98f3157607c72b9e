# The operator module's functions and its getter classes, called rightly and wrongly.
import operator as op
class P:
    x = 1
    y = 2
try:
    print('op.add(1, 2)', "->", repr(op.add(1, 2)))
except Exception as e:
    print('op.add(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.add(1)', "->", repr(op.add(1)))
except Exception as e:
    print('op.add(1)', "->", type(e).__name__ + ":", e)
try:
    print('op.add(1, 2, 3)', "->", repr(op.add(1, 2, 3)))
except Exception as e:
    print('op.add(1, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print('op.add(a=1, b=2)', "->", repr(op.add(a=1, b=2)))
except Exception as e:
    print('op.add(a=1, b=2)', "->", type(e).__name__ + ":", e)
try:
    print("op.add(1, 'a')", "->", repr(op.add(1, 'a')))
except Exception as e:
    print("op.add(1, 'a')", "->", type(e).__name__ + ":", e)
try:
    print('op.neg()', "->", repr(op.neg()))
except Exception as e:
    print('op.neg()', "->", type(e).__name__ + ":", e)
try:
    print('op.neg(1, 2)', "->", repr(op.neg(1, 2)))
except Exception as e:
    print('op.neg(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.neg(a=1)', "->", repr(op.neg(a=1)))
except Exception as e:
    print('op.neg(a=1)', "->", type(e).__name__ + ":", e)
try:
    print("op.neg('a')", "->", repr(op.neg('a')))
except Exception as e:
    print("op.neg('a')", "->", type(e).__name__ + ":", e)
try:
    print('op.truth()', "->", repr(op.truth()))
except Exception as e:
    print('op.truth()', "->", type(e).__name__ + ":", e)
try:
    print('op.abs()', "->", repr(op.abs()))
except Exception as e:
    print('op.abs()', "->", type(e).__name__ + ":", e)
try:
    print("op.abs('a')", "->", repr(op.abs('a')))
except Exception as e:
    print("op.abs('a')", "->", type(e).__name__ + ":", e)
try:
    print('op.index(1.5)', "->", repr(op.index(1.5)))
except Exception as e:
    print('op.index(1.5)', "->", type(e).__name__ + ":", e)
try:
    print('op.index()', "->", repr(op.index()))
except Exception as e:
    print('op.index()', "->", type(e).__name__ + ":", e)
try:
    print('op.setitem([1], 0)', "->", repr(op.setitem([1], 0)))
except Exception as e:
    print('op.setitem([1], 0)', "->", type(e).__name__ + ":", e)
try:
    print('op.setitem([1], 0, 5, 6)', "->", repr(op.setitem([1], 0, 5, 6)))
except Exception as e:
    print('op.setitem([1], 0, 5, 6)', "->", type(e).__name__ + ":", e)
try:
    print('op.concat(1, 2)', "->", repr(op.concat(1, 2)))
except Exception as e:
    print('op.concat(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.countOf([1, 1], 1)', "->", repr(op.countOf([1, 1], 1)))
except Exception as e:
    print('op.countOf([1, 1], 1)', "->", type(e).__name__ + ":", e)
try:
    print('op.countOf(1)', "->", repr(op.countOf(1)))
except Exception as e:
    print('op.countOf(1)', "->", type(e).__name__ + ":", e)
try:
    print('op.is_(1)', "->", repr(op.is_(1)))
except Exception as e:
    print('op.is_(1)', "->", type(e).__name__ + ":", e)
try:
    print('op.contains(1, 2)', "->", repr(op.contains(1, 2)))
except Exception as e:
    print('op.contains(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.lt(1)', "->", repr(op.lt(1)))
except Exception as e:
    print('op.lt(1)', "->", type(e).__name__ + ":", e)
try:
    print('op.iadd(1)', "->", repr(op.iadd(1)))
except Exception as e:
    print('op.iadd(1)', "->", type(e).__name__ + ":", e)
try:
    print('op.inv(5)', "->", repr(op.inv(5)))
except Exception as e:
    print('op.inv(5)', "->", type(e).__name__ + ":", e)
try:
    print('op.inv()', "->", repr(op.inv()))
except Exception as e:
    print('op.inv()', "->", type(e).__name__ + ":", e)
try:
    print('op.not_(1, 2)', "->", repr(op.not_(1, 2)))
except Exception as e:
    print('op.not_(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.itemgetter()', "->", repr(op.itemgetter()))
except Exception as e:
    print('op.itemgetter()', "->", type(e).__name__ + ":", e)
try:
    print('op.itemgetter(x=1)', "->", repr(op.itemgetter(x=1)))
except Exception as e:
    print('op.itemgetter(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('op.itemgetter(1)([1, 2])', "->", repr(op.itemgetter(1)([1, 2])))
except Exception as e:
    print('op.itemgetter(1)([1, 2])', "->", type(e).__name__ + ":", e)
try:
    print('op.itemgetter(1)()', "->", repr(op.itemgetter(1)()))
except Exception as e:
    print('op.itemgetter(1)()', "->", type(e).__name__ + ":", e)
try:
    print('op.itemgetter(1)([1], [2])', "->", repr(op.itemgetter(1)([1], [2])))
except Exception as e:
    print('op.itemgetter(1)([1], [2])', "->", type(e).__name__ + ":", e)
try:
    print('op.itemgetter(1)(obj=[1])', "->", repr(op.itemgetter(1)(obj=[1])))
except Exception as e:
    print('op.itemgetter(1)(obj=[1])', "->", type(e).__name__ + ":", e)
try:
    print('op.attrgetter()', "->", repr(op.attrgetter()))
except Exception as e:
    print('op.attrgetter()', "->", type(e).__name__ + ":", e)
try:
    print('op.attrgetter(1)', "->", repr(op.attrgetter(1)))
except Exception as e:
    print('op.attrgetter(1)', "->", type(e).__name__ + ":", e)
try:
    print("op.attrgetter('x', y=1)", "->", repr(op.attrgetter('x', y=1)))
except Exception as e:
    print("op.attrgetter('x', y=1)", "->", type(e).__name__ + ":", e)
try:
    print("op.attrgetter('x')()", "->", repr(op.attrgetter('x')()))
except Exception as e:
    print("op.attrgetter('x')()", "->", type(e).__name__ + ":", e)
try:
    print("op.attrgetter('x')(P)", "->", repr(op.attrgetter('x')(P)))
except Exception as e:
    print("op.attrgetter('x')(P)", "->", type(e).__name__ + ":", e)
try:
    print("op.attrgetter('x')(x=1)", "->", repr(op.attrgetter('x')(x=1)))
except Exception as e:
    print("op.attrgetter('x')(x=1)", "->", type(e).__name__ + ":", e)
try:
    print('op.methodcaller()', "->", repr(op.methodcaller()))
except Exception as e:
    print('op.methodcaller()', "->", type(e).__name__ + ":", e)
try:
    print('op.methodcaller(1)', "->", repr(op.methodcaller(1)))
except Exception as e:
    print('op.methodcaller(1)', "->", type(e).__name__ + ":", e)
try:
    print("op.methodcaller('upper')('a')", "->", repr(op.methodcaller('upper')('a')))
except Exception as e:
    print("op.methodcaller('upper')('a')", "->", type(e).__name__ + ":", e)
try:
    print("op.methodcaller('split', ',')('a,b')", "->", repr(op.methodcaller('split', ',')('a,b')))
except Exception as e:
    print("op.methodcaller('split', ',')('a,b')", "->", type(e).__name__ + ":", e)
try:
    print("op.methodcaller('split', sep=',')('a,b')", "->", repr(op.methodcaller('split', sep=',')('a,b')))
except Exception as e:
    print("op.methodcaller('split', sep=',')('a,b')", "->", type(e).__name__ + ":", e)
try:
    print("op.methodcaller('upper')()", "->", repr(op.methodcaller('upper')()))
except Exception as e:
    print("op.methodcaller('upper')()", "->", type(e).__name__ + ":", e)
try:
    print("op.methodcaller('upper')('a', 'b')", "->", repr(op.methodcaller('upper')('a', 'b')))
except Exception as e:
    print("op.methodcaller('upper')('a', 'b')", "->", type(e).__name__ + ":", e)
try:
    print("op.methodcaller('upper')(x=1)", "->", repr(op.methodcaller('upper')(x=1)))
except Exception as e:
    print("op.methodcaller('upper')(x=1)", "->", type(e).__name__ + ":", e)
try:
    print("op.methodcaller(name='upper')", "->", repr(op.methodcaller(name='upper')))
except Exception as e:
    print("op.methodcaller(name='upper')", "->", type(e).__name__ + ":", e)
try:
    print("op.attrgetter('x', 'y')(P)", "->", repr(op.attrgetter('x', 'y')(P)))
except Exception as e:
    print("op.attrgetter('x', 'y')(P)", "->", type(e).__name__ + ":", e)
try:
    print("op.attrgetter('__class__.__name__')(3)", "->", repr(op.attrgetter('__class__.__name__')(3)))
except Exception as e:
    print("op.attrgetter('__class__.__name__')(3)", "->", type(e).__name__ + ":", e)
try:
    print("op.itemgetter(0, 2)('abc')", "->", repr(op.itemgetter(0, 2)('abc')))
except Exception as e:
    print("op.itemgetter(0, 2)('abc')", "->", type(e).__name__ + ":", e)
try:
    print('op.itemgetter(1).__call__([5, 6])', "->", repr(op.itemgetter(1).__call__([5, 6])))
except Exception as e:
    print('op.itemgetter(1).__call__([5, 6])', "->", type(e).__name__ + ":", e)
try:
    print('op.itemgetter(1)(5)', "->", repr(op.itemgetter(1)(5)))
except Exception as e:
    print('op.itemgetter(1)(5)', "->", type(e).__name__ + ":", e)
try:
    print('op.itemgetter(1)', "->", repr(op.itemgetter(1)))
except Exception as e:
    print('op.itemgetter(1)', "->", type(e).__name__ + ":", e)
try:
    print("op.attrgetter('a.b', 'c')", "->", repr(op.attrgetter('a.b', 'c')))
except Exception as e:
    print("op.attrgetter('a.b', 'c')", "->", type(e).__name__ + ":", e)
try:
    print("op.methodcaller('split', ',', maxsplit=1)", "->", repr(op.methodcaller('split', ',', maxsplit=1)))
except Exception as e:
    print("op.methodcaller('split', ',', maxsplit=1)", "->", type(e).__name__ + ":", e)
try:
    print("op.methodcaller('split', maxsplit=1)('a b c')", "->", repr(op.methodcaller('split', maxsplit=1)('a b c')))
except Exception as e:
    print("op.methodcaller('split', maxsplit=1)('a b c')", "->", type(e).__name__ + ":", e)
try:
    print('op.mod(7, 3)', "->", repr(op.mod(7, 3)))
except Exception as e:
    print('op.mod(7, 3)', "->", type(e).__name__ + ":", e)
try:
    print('op.mod.__name__', "->", repr(op.mod.__name__))
except Exception as e:
    print('op.mod.__name__', "->", type(e).__name__ + ":", e)
try:
    print('op.pow(2, 10)', "->", repr(op.pow(2, 10)))
except Exception as e:
    print('op.pow(2, 10)', "->", type(e).__name__ + ":", e)
try:
    print('op.ixor(5, 3)', "->", repr(op.ixor(5, 3)))
except Exception as e:
    print('op.ixor(5, 3)', "->", type(e).__name__ + ":", e)
try:
    print('op.eq(1, 1.0)', "->", repr(op.eq(1, 1.0)))
except Exception as e:
    print('op.eq(1, 1.0)', "->", type(e).__name__ + ":", e)
try:
    print('op.ne(1, 2)', "->", repr(op.ne(1, 2)))
except Exception as e:
    print('op.ne(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.ge(3, 2)', "->", repr(op.ge(3, 2)))
except Exception as e:
    print('op.ge(3, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.is_not(None, None)', "->", repr(op.is_not(None, None)))
except Exception as e:
    print('op.is_not(None, None)', "->", type(e).__name__ + ":", e)
try:
    print('op.getitem([1, 2], 1)', "->", repr(op.getitem([1, 2], 1)))
except Exception as e:
    print('op.getitem([1, 2], 1)', "->", type(e).__name__ + ":", e)
try:
    print('op.getitem([1, 2])', "->", repr(op.getitem([1, 2])))
except Exception as e:
    print('op.getitem([1, 2])', "->", type(e).__name__ + ":", e)
try:
    print('op.concat([1], [2])', "->", repr(op.concat([1], [2])))
except Exception as e:
    print('op.concat([1], [2])', "->", type(e).__name__ + ":", e)
try:
    print('op.concat([1])', "->", repr(op.concat([1])))
except Exception as e:
    print('op.concat([1])', "->", type(e).__name__ + ":", e)
try:
    print('op.truth([])', "->", repr(op.truth([])))
except Exception as e:
    print('op.truth([])', "->", type(e).__name__ + ":", e)
try:
    print('op.index(True)', "->", repr(op.index(True)))
except Exception as e:
    print('op.index(True)', "->", type(e).__name__ + ":", e)
try:
    print('op.lshift(1, 3)', "->", repr(op.lshift(1, 3)))
except Exception as e:
    print('op.lshift(1, 3)', "->", type(e).__name__ + ":", e)
try:
    print('op.rshift(8, 3)', "->", repr(op.rshift(8, 3)))
except Exception as e:
    print('op.rshift(8, 3)', "->", type(e).__name__ + ":", e)
try:
    print('op.truediv(1, 0)', "->", repr(op.truediv(1, 0)))
except Exception as e:
    print('op.truediv(1, 0)', "->", type(e).__name__ + ":", e)
try:
    print('op.floordiv(7, 2)', "->", repr(op.floordiv(7, 2)))
except Exception as e:
    print('op.floordiv(7, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.sub(5)', "->", repr(op.sub(5)))
except Exception as e:
    print('op.sub(5)', "->", type(e).__name__ + ":", e)
try:
    print("op.mul('a', 3)", "->", repr(op.mul('a', 3)))
except Exception as e:
    print("op.mul('a', 3)", "->", type(e).__name__ + ":", e)
try:
    print('op.and_(6, 3)', "->", repr(op.and_(6, 3)))
except Exception as e:
    print('op.and_(6, 3)', "->", type(e).__name__ + ":", e)
try:
    print('op.or_(6, 3)', "->", repr(op.or_(6, 3)))
except Exception as e:
    print('op.or_(6, 3)', "->", type(e).__name__ + ":", e)
try:
    print('op.xor(6, 3)', "->", repr(op.xor(6, 3)))
except Exception as e:
    print('op.xor(6, 3)', "->", type(e).__name__ + ":", e)
try:
    print('op.pos(-1)', "->", repr(op.pos(-1)))
except Exception as e:
    print('op.pos(-1)', "->", type(e).__name__ + ":", e)
try:
    print('op.invert(5)', "->", repr(op.invert(5)))
except Exception as e:
    print('op.invert(5)', "->", type(e).__name__ + ":", e)
try:
    print('op.not_(0)', "->", repr(op.not_(0)))
except Exception as e:
    print('op.not_(0)', "->", type(e).__name__ + ":", e)
try:
    print('op.isub(5, 2)', "->", repr(op.isub(5, 2)))
except Exception as e:
    print('op.isub(5, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.imul(5, 2)', "->", repr(op.imul(5, 2)))
except Exception as e:
    print('op.imul(5, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.itruediv(5, 2)', "->", repr(op.itruediv(5, 2)))
except Exception as e:
    print('op.itruediv(5, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.ifloordiv(5, 2)', "->", repr(op.ifloordiv(5, 2)))
except Exception as e:
    print('op.ifloordiv(5, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.imod(5, 2)', "->", repr(op.imod(5, 2)))
except Exception as e:
    print('op.imod(5, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.ipow(5, 2)', "->", repr(op.ipow(5, 2)))
except Exception as e:
    print('op.ipow(5, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.iand(5, 2)', "->", repr(op.iand(5, 2)))
except Exception as e:
    print('op.iand(5, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.ior(5, 2)', "->", repr(op.ior(5, 2)))
except Exception as e:
    print('op.ior(5, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.le(5, 2)', "->", repr(op.le(5, 2)))
except Exception as e:
    print('op.le(5, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.gt(5, 2)', "->", repr(op.gt(5, 2)))
except Exception as e:
    print('op.gt(5, 2)', "->", type(e).__name__ + ":", e)
try:
    print('op.contains([1], 1)', "->", repr(op.contains([1], 1)))
except Exception as e:
    print('op.contains([1], 1)', "->", type(e).__name__ + ":", e)
import _operator; _operator.add(1, 2)
try:
    print('_operator.add(1)', "->", repr(_operator.add(1)))
except Exception as e:
    print('_operator.add(1)', "->", type(e).__name__ + ":", e)
try:
    print("sorted([(1, 'b'), (0, 'a')], key=op.itemgetter(0))", "->", repr(sorted([(1, 'b'), (0, 'a')], key=op.itemgetter(0))))
except Exception as e:
    print("sorted([(1, 'b'), (0, 'a')], key=op.itemgetter(0))", "->", type(e).__name__ + ":", e)
