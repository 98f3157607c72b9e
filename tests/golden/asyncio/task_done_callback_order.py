# A task's done callbacks run after it finishes, before the awaiting task resumes.
import asyncio


async def job():
    return "v"


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda t: print("callback", t.result()))
    print("awaiting")
    print("awaited", await t)


asyncio.run(main())
