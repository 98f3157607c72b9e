# Future.cancel(msg) keeps the message for CancelledError.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    print(f.cancel("no longer needed"))
    try:
        await f
    except asyncio.CancelledError as e:
        print("args:", e.args)
    print(f.cancel())


asyncio.run(main())
