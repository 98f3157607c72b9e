import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(operator.add, [], 0), functools.reduce(operator.add, ["a"]))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
functools.reduce(operator.add, [])
