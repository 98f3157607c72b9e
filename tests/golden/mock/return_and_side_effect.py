# return_value and side_effect: a value, an exception, an iterable, a function, DEFAULT.
from unittest.mock import Mock, DEFAULT

m = Mock(return_value=42)
print(m(), m("anything"))
m.return_value = "changed"
print(m())
m = Mock(side_effect=KeyError("missing"))
try:
    m()
except KeyError as e:
    print("KeyError", e)
m = Mock(side_effect=[1, 2, ValueError("third"), 4])
print(m(), m())
try:
    m()
except ValueError as e:
    print("ValueError", e)
print(m())
try:
    m()
except StopIteration:
    print("StopIteration")
m = Mock(side_effect=lambda x, y=1: x * y)
print(m(3), m(3, y=4))
m = Mock(return_value="fallback", side_effect=lambda x: DEFAULT if x < 0 else x)
print(m(5), m(-1))
m.side_effect = None
print(m(5))
config = Mock(**{"get.return_value": "on", "port": 8080, "load.side_effect": OSError})
print(config.get("mode"), config.port)
try:
    config.load()
except OSError:
    print("OSError from load")
child = Mock()
print(child.return_value is child(), child() is child())
