# corun-args: --virtual-time
# A custom exception handler receives the loop and the context dict.
import asyncio


def handler(loop, context):
    print("handler:", context["message"])
    print("  exception:", repr(context.get("exception")))
    print("  keys:", sorted(context))


def bad():
    raise ValueError("in callback")


async def boom():
    raise KeyError("lost")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad)
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
