# A small task runner: several shell commands at once, at most two at a time, results
# reported in the order they were given.
import asyncio
from asyncio.subprocess import PIPE

COMMANDS = [
    "echo compile; exit 0",
    "echo 'lint: 2 warnings' >&2; exit 0",
    "sleep 0.05; echo tests; exit 1",
    "printf '%s\\n' one two three | wc -l",
    "exit 7",
]


async def run(sem, index, cmd):
    async with sem:
        proc = await asyncio.create_subprocess_shell(cmd, stdout=PIPE, stderr=PIPE)
        out, err = await proc.communicate()
        return index, cmd, proc.returncode, out.decode().strip(), err.decode().strip()


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(run(sem, i, c) for i, c in enumerate(COMMANDS)))
    failed = 0
    for index, cmd, code, out, err in results:
        status = "ok" if code == 0 else f"FAILED ({code})"
        print(f"[{index}] {cmd!r}: {status}")
        if out:
            print("    out:", out)
        if err:
            print("    err:", err)
        failed += code != 0
    print(f"{len(results) - failed} passed, {failed} failed")


asyncio.run(main())
