# What counts as a coroutine function: async defs, partials and methods of them, and objects
# standing in for one (AsyncMock); data and method descriptors.
import asyncio
import functools
import inspect
from unittest import mock


async def fetch(url, timeout=1):
    return url


def plain():
    pass


class Api:
    async def call(self):
        pass

    @property
    def name(self):
        return "api"


candidates = {
    "async def": fetch,
    "partial of async def": functools.partial(fetch, "u"),
    "partial of partial": functools.partial(functools.partial(fetch, "u"), timeout=2),
    "bound async method": Api().call,
    "plain def": plain,
    "partial of plain": functools.partial(plain),
    "AsyncMock": mock.AsyncMock(),
    "MagicMock": mock.MagicMock(),
    "autospecced async method": mock.create_autospec(Api, instance=True).call,
    "builtin": len,
    "class": Api,
    "lambda": lambda: None,
}
for label, obj in candidates.items():
    print(f"{label:26} asyncio={asyncio.iscoroutinefunction(obj)!s:5} "
          f"inspect={inspect.iscoroutinefunction(obj)}")

for label, obj in [("property", Api.__dict__["name"]), ("function", plain),
                   ("staticmethod", staticmethod(plain)), ("classmethod", classmethod(plain)),
                   ("class", Api), ("int", 3)]:
    print(f"{label:12} data={inspect.isdatadescriptor(obj)!s:5} "
          f"method={inspect.ismethoddescriptor(obj)}")
