# debug=True turns the loop's debug mode on for that run only.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    loop.set_debug(False)
    print(loop.get_debug())


asyncio.run(main(), debug=True)
asyncio.run(main())
