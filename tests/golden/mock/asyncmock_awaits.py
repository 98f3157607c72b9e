# corun-args: --virtual-time
# AsyncMock: calling returns a coroutine; awaits are recorded and asserted.
import asyncio
from unittest.mock import AsyncMock, call

def show(f, *args):
    try:
        f(*args)
        print(f.__name__, "passed")
    except AssertionError as e:
        print(f"{f.__name__}: {e}")

fetch = AsyncMock(return_value={"status": 200})

async def main():
    coro = fetch("https://example.org")
    print(asyncio.iscoroutine(coro), fetch.call_count, fetch.await_count)
    print(await coro)
    print(fetch.await_count, fetch.await_args)
    await fetch("b", timeout=3)
    print(fetch.await_args_list)

asyncio.run(main())
show(fetch.assert_awaited)
show(fetch.assert_awaited_once)
show(fetch.assert_awaited_with, "b", timeout=3)
show(fetch.assert_awaited_with, "c")
show(fetch.assert_any_await, "https://example.org")
show(fetch.assert_any_await, "zzz")
show(fetch.assert_has_awaits, [call("https://example.org"), call("b", timeout=3)])
show(fetch.assert_not_awaited)
fresh = AsyncMock()
show(fresh.assert_awaited)
show(fresh.assert_awaited_once_with, 1)
show(fresh.assert_awaited_with, 1)
