# asyncio.run returns what the main coroutine returns.
import asyncio


async def main():
    print("main runs")
    return 7


result = asyncio.run(main())
print("asyncio.run returned", result)
print(asyncio.run(main()) * 6)
