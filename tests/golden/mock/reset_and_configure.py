# reset_mock clears the record (and optionally return_value/side_effect); configure_mock.
from unittest.mock import Mock

m = Mock(return_value=1)
m(1)
m.child(2)
m.reset_mock()
print(m.called, m.call_count, m.mock_calls, m.child.call_count, m())
m.side_effect = [9]
m.reset_mock(return_value=True, side_effect=True)
print(m.side_effect, type(m()).__name__)
m.configure_mock(**{"status.code": 200, "read.return_value": b"body", "name_attr": "x"})
print(m.status.code, m.read(), m.name_attr)
parent = Mock()
child = Mock()
parent.attach_mock(child, "child")
child(1)
print(parent.mock_calls)
