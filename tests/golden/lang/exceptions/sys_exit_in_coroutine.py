import asyncio
import sys


async def main():
    print("leaving")
    sys.exit(4)


asyncio.run(main())
print("not reached")
