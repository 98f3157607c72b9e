# A Mock records its calls: call_count, call_args, call_args_list, mock_calls, method_calls.
from unittest.mock import Mock, call

m = Mock()
print(m.called, m.call_count, m.call_args)
m(1, 2, key="v")
m("second")
m.save(user="ann")
m.db.query("select 1").fetchall()
print(m.called, m.call_count)
print(m.call_args)
print(m.call_args.args, m.call_args.kwargs)
args, kwargs = m.call_args_list[0]
print(args, kwargs)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args_list == [call(1, 2, key="v"), call("second")])
print(m.mock_calls[2] == call.save(user="ann"))
print(m.db.query.call_args == call("select 1"))
print(m.save.call_count, m.db.query.return_value.fetchall.called)
