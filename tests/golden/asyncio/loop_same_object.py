# get_running_loop() and get_event_loop() in a coroutine give the same loop.
import asyncio


async def main():
    a = asyncio.get_running_loop()
    b = asyncio.get_event_loop()
    print(a is b, a.is_running(), a.is_closed())


asyncio.run(main())
