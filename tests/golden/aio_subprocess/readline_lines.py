# Read a child's output line by line while it runs.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_shell(
        "for i in 1 2 3 4; do echo \"step $i\"; done; printf 'no newline'", stdout=PIPE)
    count = 0
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        count += 1
        print(count, repr(line))
    print("at eof:", proc.stdout.at_eof())
    print("exit:", await proc.wait())

    proc = await asyncio.create_subprocess_exec("printf", "x\\ny\\nz\\n", stdout=PIPE)
    lines = [line.decode().rstrip() async for line in proc.stdout]
    print(lines, await proc.wait())

    proc = await asyncio.create_subprocess_exec("printf", "key=value;rest", stdout=PIPE)
    print(await proc.stdout.readuntil(b"="))
    print(await proc.stdout.readexactly(5))
    print(await proc.stdout.read())
    await proc.wait()


asyncio.run(main())
