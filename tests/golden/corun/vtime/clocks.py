# corun-args: --virtual-time
# Under virtual time every clock reads the virtual one: perf_counter, monotonic and loop.time
# start at 0, time.time at 2024-01-01 00:00:00 UTC; time.sleep moves it on at once (and still
# blocks the loop); asyncio.sleep makes the loop jump to the next timer.
import asyncio
import time

print(time.perf_counter(), time.monotonic(), time.perf_counter_ns(), time.monotonic_ns())
print(time.time(), time.time_ns())
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()))
time.sleep(1.5)
print(time.perf_counter(), time.monotonic())
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(time.time())))


async def main():
    loop = asyncio.get_running_loop()
    print("loop.time():", loop.time())
    await asyncio.sleep(60)
    print("after a minute:", loop.time(), time.monotonic())
    loop.call_later(0.25, lambda: print("call_later fired at", loop.time()))
    await asyncio.sleep(3600)
    print("after an hour:", loop.time())
    time.sleep(0.5)
    print("time.sleep inside a task:", loop.time())


asyncio.run(main())
print(f"{time.time() - 1704067200:.2f} s after the virtual epoch")
