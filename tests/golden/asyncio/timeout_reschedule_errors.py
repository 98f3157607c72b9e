# A Timeout that was not entered cannot be rescheduled.
import asyncio


async def main():
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
