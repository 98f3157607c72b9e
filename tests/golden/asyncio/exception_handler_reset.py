# set_exception_handler(None) restores the default handler.
import asyncio


def handler(loop, context):
    print("custom:", context["message"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "first"})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "second"})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
