# Tasks still pending when the program ends (on a loop that was never closed): their coroutines
# are closed then, so the finally blocks and context managers around what they were awaiting
# run after the program's last line, in the order the tasks were made.
import asyncio
import contextlib


@contextlib.contextmanager
def resource(name):
    print("open", name)
    try:
        yield
    finally:
        print("close", name)


async def worker(name, delay):
    with resource(name):
        try:
            await asyncio.sleep(delay)
            print(name, "finished")
        finally:
            print(name, "finally")


async def waiter(event):
    try:
        await event.wait()
        print("never: the event is not set")
    finally:
        print("waiter finally")


loop = asyncio.new_event_loop()
tasks = [loop.create_task(worker(f"w{i}", i * 10)) for i in range(3)]
tasks.append(loop.create_task(waiter(asyncio.Event())))
loop.run_until_complete(asyncio.sleep(0.001))
print("pending:", sum(not t.done() for t in tasks))
print("end of program")
