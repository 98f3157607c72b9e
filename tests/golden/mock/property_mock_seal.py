# PropertyMock on a class; seal stops new attributes from appearing.
from unittest.mock import PropertyMock, Mock, patch, seal

class Config:
    @property
    def url(self):
        return "https://real"

with patch.object(Config, "url", new_callable=PropertyMock) as url:
    url.return_value = "https://fake"
    c = Config()
    print(c.url)
    c.url = "set"
    print(url.mock_calls)
print(Config().url)
m = Mock()
m.known.attribute = 1
seal(m)
print(m.known.attribute)
try:
    m.unknown
except AttributeError as e:
    print("AttributeError:", e)
try:
    m.known.other
except AttributeError as e:
    print("AttributeError:", e)
