import asyncio


async def job():
    return 1


async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print(e)
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    print(await c)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print(e)
    await t


asyncio.run(main())
