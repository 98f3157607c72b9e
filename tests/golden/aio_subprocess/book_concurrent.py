# The book's chapter on subprocesses: many commands at once, limited by a semaphore, each
# result read with communicate() so that a full pipe cannot block the child.
import asyncio
from asyncio.subprocess import PIPE


async def count_to(sem, n):
    async with sem:
        proc = await asyncio.create_subprocess_exec(
            "sh", "-c", f"i=1; while [ $i -le {n} ]; do echo $i; i=$((i+1)); done",
            stdout=PIPE)
        out, _ = await proc.communicate()
        return n, len(out.splitlines()), proc.returncode


async def main():
    sem = asyncio.Semaphore(3)
    tasks = [asyncio.create_task(count_to(sem, n)) for n in (5, 50, 500, 5000, 1, 100)]
    done, pending = await asyncio.wait(tasks)
    print("pending:", len(pending))
    for t in tasks:
        n, lines, code = t.result()
        print(f"counted to {n}: {lines} lines, exit {code}")

    # Output not captured goes to the program's own stdout: what the program printed
    # before is flushed first, so that the lines come in order.
    print("listing:", flush=True)
    proc = await asyncio.create_subprocess_exec("echo", "straight through")
    await proc.wait()
    print("listed with exit code", proc.returncode)


asyncio.run(main())
