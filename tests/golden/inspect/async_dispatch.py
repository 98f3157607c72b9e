# A realistic use: a dispatcher calling handlers sync or async by their kind.
import asyncio
import inspect


def sync_handler(event):
    return f"sync:{event}"


async def async_handler(event):
    await asyncio.sleep(0)
    return f"async:{event}"


class Handler:
    async def __call__(self, event):
        return f"obj:{event}"

    async def on(self, event):
        return f"method:{event}"


async def dispatch(handler, event):
    result = handler(event)
    if inspect.isawaitable(result):
        result = await result
    return result


async def main():
    h = Handler()
    for handler in (sync_handler, async_handler, h, h.on):
        print(inspect.iscoroutinefunction(handler), await dispatch(handler, "e"))


asyncio.run(main())
