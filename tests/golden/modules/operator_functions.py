import operator

print(operator.add(1, 2), operator.sub(5, 3), operator.mul(4, 5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.pos(-5))
print(operator.not_(0), operator.truth([]), operator.abs(-3.5), operator.index(7))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5))
print(operator.lshift(1, 10), operator.rshift(1024, 3))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.getitem("abc", 1))
print(operator.countOf([1, 2, 1], 1))
x = [1]
print(operator.iadd(x, [2]), x, operator.iadd(1, 2))
d = {}
operator.setitem(d, "k", 1)
print(d)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
