# corun-args: --virtual-time
# A monitor that wakes once a day for two years, and a reminder that sleeps a whole year at
# once: the virtual clock keeps moving past 2**24 seconds (194 days), where a nanosecond is
# below the precision of a float, and every wake-up happens on its day.
import asyncio

DAY = 86400


async def monitor(days):
    loop = asyncio.get_running_loop()
    late = 0
    for day in range(1, days + 1):
        await asyncio.sleep(DAY)
        if loop.time() < day * DAY:
            late += 1
        if day % 100 == 0:
            print(f"day {day}: {loop.time() / DAY:.6f} days")
    return late


async def reminder():
    await asyncio.sleep(365.5 * DAY)
    print("a year has passed:", asyncio.get_running_loop().time() / DAY, "days")


async def main():
    late, _ = await asyncio.gather(monitor(730), reminder())
    print("early wake-ups:", late)
    print("now:", round(asyncio.get_running_loop().time() / DAY, 6), "days")


asyncio.run(main())
