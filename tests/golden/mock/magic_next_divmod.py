from unittest.mock import MagicMock, Mock
m = MagicMock()
print(type(next(m)).__name__, type(divmod(m, 2)).__name__, type(divmod(2, m)).__name__)
m.__next__.return_value = 3
print(next(m), next(m))
m.__next__.side_effect = [1, 2]
print(next(m), next(m))
try:
    next(m)
except StopIteration:
    print('stop')
print('__next__' in dir(m), '__divmod__' in dir(m))
n = Mock()
try:
    next(n)
except TypeError as e:
    print(e)
