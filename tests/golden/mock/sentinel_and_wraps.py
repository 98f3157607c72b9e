# sentinel objects are unique and named; wraps passes calls through to a real object.
from unittest.mock import Mock, MagicMock, sentinel, DEFAULT

print(sentinel.token, sentinel.token is sentinel.token, sentinel.a is sentinel.b)
print(DEFAULT)
m = Mock(return_value=sentinel.result)
print(m() is sentinel.result)

class Calculator:
    def add(self, a, b):
        return a + b

spy = Mock(wraps=Calculator())
print(spy.add(2, 3), spy.add.call_args)
spy.add.return_value = 100
print(spy.add(2, 3))
func_spy = MagicMock(wraps=len)
print(func_spy([1, 2, 3]), func_spy.call_count)
