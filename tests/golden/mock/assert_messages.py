# The messages of the assert_* methods when they fail.
from unittest.mock import Mock, call

def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(f.__name__, "passed")
    except AssertionError as e:
        print(f"{f.__name__}: {e}")

m = Mock()
show(m.assert_called)
show(m.assert_called_with, 1)
show(m.assert_not_called)
m(1)
m(2, x=3)
show(m.assert_called)
show(m.assert_called_once)
show(m.assert_called_with, 2, x=3)
show(m.assert_called_with, 2, x=4)
show(m.assert_called_once_with, 1)
show(m.assert_any_call, 1)
show(m.assert_any_call, 3)
show(m.assert_not_called)
show(m.assert_has_calls, [call(1), call(2, x=3)])
show(m.assert_has_calls, [call(2, x=3), call(1)])
show(m.assert_has_calls, [call(2, x=3), call(1)], any_order=True)
show(m.assert_has_calls, [call(5)], any_order=True)
named = Mock(name="fetch")
named("url")
show(named.assert_called_with, "other")
show(named.assert_called_once_with, "url")
show(named.assert_not_called)
