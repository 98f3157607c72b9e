# Process attributes through a child's life, and waiting from several tasks at once.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec("sh", "-c", "read x; exit $x", stdin=PIPE)
    print(type(proc).__name__, "returncode:", proc.returncode)
    print("stdin:", type(proc.stdin).__name__, "stdout:", proc.stdout)
    waiters = [asyncio.create_task(proc.wait()) for _ in range(3)]
    await asyncio.sleep(0.05)
    print("waiting:", [w.done() for w in waiters])
    proc.stdin.write(b"5\n")
    await proc.stdin.drain()
    print("results:", await asyncio.gather(*waiters))
    print("returncode:", proc.returncode, "wait again:", await proc.wait())
    print("repr ok:", repr(proc) == f"<Process {proc.pid}>")


asyncio.run(main())
