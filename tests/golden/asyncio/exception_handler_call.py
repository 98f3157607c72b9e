# call_exception_handler with the default handler prints the message and the sorted keys.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "something odd", "zeta": 1, "alpha": "a"})
    loop.call_exception_handler({"message": "with an exception", "exception": ValueError("v")})
    print("main goes on")


asyncio.run(main())
