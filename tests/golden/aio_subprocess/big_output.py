# Large amounts of data both ways: the pipes fill, and the loop keeps them moving.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_shell(
        "i=0; while [ $i -lt 20000 ]; do echo line-$i; i=$((i+1)); done", stdout=PIPE)
    out, _ = await proc.communicate()
    lines = out.decode().splitlines()
    print(len(out), len(lines), lines[0], lines[-1])

    data = bytes(range(256)) * 4000
    proc = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(data)
    print("echoed back intact:", out == data, len(out))

    proc = await asyncio.create_subprocess_exec("wc", "-c", stdin=PIPE, stdout=PIPE)
    for _ in range(50):
        proc.stdin.write(b"." * 10000)
        await proc.stdin.drain()
    proc.stdin.close()
    print("counted:", (await proc.stdout.read()).strip(), await proc.wait())


asyncio.run(main())
