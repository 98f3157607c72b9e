import asyncio


async def work():
    await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(work())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(e)
    await t


asyncio.run(main())
