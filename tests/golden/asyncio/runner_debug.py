# Runner(debug=True) turns debug mode on for its loop.
import asyncio


async def main():
    return asyncio.get_running_loop().get_debug()


with asyncio.Runner(debug=True) as r:
    print(r.run(main()))
with asyncio.Runner() as r:
    print(r.run(main()))
