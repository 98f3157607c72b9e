# A task made on a loop that never runs: at exit it is reported as destroyed while pending, and
# its coroutine, never started, as never awaited; no line of its body runs.
import asyncio


async def fetch(url):
    print("fetching", url)  # never printed
    await asyncio.sleep(0)
    return url


loop = asyncio.new_event_loop()
task = loop.create_task(fetch("https://example.org"))
print("task made:", task.get_name(), "done:", task.done())
print("exiting without running the loop")
