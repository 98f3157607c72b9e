# asyncio.wait(return_when=FIRST_EXCEPTION) looks at a finished task's exception only while
# other tasks are still running; the exception of the task that finishes last is left for
# the program to retrieve, and is reported as never retrieved when nobody does.
import asyncio


async def fetch(name, gate, fail):
    await gate.wait()
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    return f"{name}: 200 OK"


async def batch(label, specs):
    gate = asyncio.Event()
    tasks = [
        asyncio.create_task(fetch(name, gate, fail), name=name) for name, fail in specs
    ]
    await asyncio.sleep(0)
    gate.set()
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(label, "done:", sorted(t.get_name() for t in done), "pending:", len(pending))


async def main():
    # The failing task finishes first: wait() asks for its exception, so it counts as
    # retrieved.
    await batch("early failure", [("alpha", True), ("beta", False)])
    # The failing task finishes last: its exception is never asked for.
    await batch("late failure", [("gamma", False), ("delta", True)])
    print("main finished")


asyncio.run(main())
print("after run")
