# A loop driven by hand and closed while work is still in flight: each worker is waiting on a
# gather of replica calls. Going away pending, the workers are reported ("Task was destroyed
# but it is pending!"), but the tasks gather made for its coroutines are not.
import asyncio


async def replica(name, delay):
    await asyncio.sleep(delay)
    return name


async def worker(key):
    results = await asyncio.gather(replica(key + "-a", 1.0), replica(key + "-b", 2.0))
    print(key, results)


async def start():
    for i in range(3):
        asyncio.get_running_loop().create_task(worker(f"k{i}"), name=f"worker-{i}")
    await asyncio.sleep(0.1)
    print("started")


loop = asyncio.new_event_loop()
loop.run_until_complete(start())
loop.close()
print("closed")
