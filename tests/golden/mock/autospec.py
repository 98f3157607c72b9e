# create_autospec and patch(autospec=True): mocks that check calls against the real signatures,
# for a class, its instances, its methods (bound as methods), a function and async methods.
import asyncio
from unittest import mock
from unittest.mock import create_autospec, patch, call


class Client:
    retries = 3

    def __init__(self, host, port=80):
        self.host = host

    def get(self, path, *, timeout=1.0):
        return "real"

    async def fetch(self, path):
        return "real"

    @classmethod
    def from_url(cls, url):
        return cls(url)

    @staticmethod
    def version():
        return "1"

    @property
    def address(self):
        return self.host


def send(msg, to, cc=None):
    return "sent"


def show(f):
    try:
        r = f()
        print("ok", r if not isinstance(r, mock.NonCallableMock) else type(r).__mro__[1].__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)


cls_mock = create_autospec(Client)
show(lambda: cls_mock("h"))
show(lambda: cls_mock())
show(lambda: cls_mock("h", 1, 2))
inst = cls_mock.return_value
show(lambda: inst.get("/x", timeout=2))
show(lambda: inst.get())
show(lambda: inst.get("/x", 5))
show(lambda: inst.nonexistent)
show(lambda: cls_mock.from_url("u"))
show(lambda: cls_mock.version())
show(lambda: cls_mock.version(1))
print(inst.get.call_args_list)
inst.get.assert_called_with("/x", timeout=2)
inst.get.assert_called_with(path="/x", timeout=2)
show(lambda: inst.get.assert_called_with("/y", timeout=2))
show(lambda: inst.get.assert_any_call("/x", timeout=2))
print(isinstance(inst, Client), isinstance(cls_mock, type))
show(lambda: inst())
print(inst.retries == 3, type(inst.retries).__mro__[1].__name__)

i2 = create_autospec(Client, instance=True)
show(lambda: i2.get("/a"))
i2.get.return_value = "mocked"
print(i2.get("/b"))
show(lambda: i2.get.assert_called_once_with("/b"))
print(i2.mock_calls)

fn = create_autospec(send, return_value="fake")
print(fn("hi", "bob"), fn.call_args, fn.called, fn.call_count)
show(lambda: fn("hi"))
fn.assert_called_once_with("hi", to="bob")
show(lambda: fn.assert_called_with("hi", "alice"))
fn.return_value = 7
print(fn("a", "b"))
print(fn.mock.call_count)

with patch(__name__ + ".send", autospec=True) as ps:
    ps.return_value = "patched"
    print(send("m", "t"))
    show(lambda: send("m"))
    ps.assert_called_once_with("m", "t")

with patch.object(Client, "get", autospec=True) as pg:
    pg.return_value = "got"
    c = Client("h")
    print(c.get("/p"), pg.call_args == call(c, "/p"))
    show(lambda: c.get())

async def main():
    am = create_autospec(Client, instance=True)
    am.fetch.return_value = "async result"
    print(await am.fetch("/q"))
    am.fetch.assert_awaited_once_with("/q")
    show(lambda: am.fetch())
asyncio.run(main())

m = mock.Mock(spec=send)
m(1, 2)
m.assert_called_with(msg=1, to=2)
show(lambda: m.assert_called_with(1, 3))
try:
    create_autospec(mock.Mock())
except mock.InvalidSpecError as e:
    print("InvalidSpecError:", str(e).split(" [")[0])
