# call objects: equality, names, chained calls, call_list, ANY.
from unittest.mock import Mock, call, ANY

print(call(1, 2), call.method(x=1), call().method("a"), call.a.b.c(3))
print(call(1) == call(1), call(1) == call(2), call(1) == ((1,), {}))
print(call.foo(1) == ("foo", (1,), {}), call.foo(1) == call.bar(1))
m = Mock()
m.conn.cursor().execute("sql")
print(m.mock_calls)
print(m.mock_calls == call.conn.cursor().execute("sql").call_list())
print(call(ANY, 2) == call("whatever", 2), ANY == object(), repr(ANY))
m(1, {"a": 1})
m.assert_called_with(ANY, {"a": ANY})
print(call(1, b=2).args, call(1, b=2).kwargs)
name, args, kwargs = call.save(1, force=True)
print(name, args, kwargs)
print(len(call(1)), len(call.x(1)))
print([c for c in m.mock_calls if c == call(1, {"a": 1})])
