# corun-args: --virtual-time
# Tasks still pending when main returns are cancelled by asyncio.run; their finally blocks run.
import asyncio


async def forever(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
        print(name, "never printed")
    finally:
        print(name, "finally")


async def main():
    asyncio.create_task(forever("x"))
    asyncio.create_task(forever("y"))
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
