# SystemExit raised in the main coroutine ends the program with its code.
import asyncio


async def main():
    print("exiting")
    raise SystemExit(3)


asyncio.run(main())
