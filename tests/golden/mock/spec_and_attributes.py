# spec limits the attributes a mock has; spec_set also the ones that can be set; deleting.
from unittest.mock import Mock, MagicMock

class Store:
    name = "store"

    def get(self, key):
        pass

    def put(self, key, value):
        pass

m = Mock(spec=Store)
print(m.get("k") is m.get.return_value)
try:
    m.delete("k")
except AttributeError as e:
    print("AttributeError:", e)
m.extra = 1
print(m.extra)
s = Mock(spec_set=["open", "close"])
s.open()
try:
    s.write = 1
except AttributeError as e:
    print("AttributeError:", e)
m = Mock()
del m.close
try:
    m.close()
except AttributeError as e:
    print("AttributeError:", e)
try:
    m.assert_called_twice()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Mock().__missing_magic__
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Mock(spec=["a"]), "b"), hasattr(Mock(), "anything"))
