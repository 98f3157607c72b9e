# operator's functions under their special-method names, as code written for the
# `operator.__add__` spelling uses them.
import operator
from functools import reduce

print(reduce(operator.__add__, [1, 2, 3]), reduce(operator.__mul__, [2, 3, 4]))
print(operator.__lt__(1, 2), operator.__eq__("a", "a"), operator.__not__(0))
print(operator.__and__(6, 3), operator.__or__(4, 1), operator.__inv__(5), operator.__invert__(5))
print(operator.__and__ is operator.and_, operator.__not__ is operator.not_)
print(operator.__concat__([1], [2]), operator.__contains__("abc", "b"))
d = {"k": 1}
operator.__setitem__(d, "j", 2)
operator.__delitem__(d, "k")
print(d, operator.__getitem__(d, "j"))
x = [1]
x = operator.__iconcat__(x, [2])
print(x, operator.__ilshift__(1, 3), operator.__irshift__(16, 2), operator.__imod__(7, 3))
print(operator.matmul.__name__, operator.indexOf([5, 6, 7], 7), operator.call(max, 3, 9))
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print(e)
try:
    operator.iconcat(1, 2)
except TypeError as e:
    print(e)
names = [n for n in dir(operator) if n.startswith("__") and n.endswith("__")
         and callable(getattr(operator, n)) and n not in ("__loader__", "__spec__")]
print(len(names))
print(operator.__call__(abs, -4))
