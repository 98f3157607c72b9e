# A pipeline made of three children, the bytes moved between them by the program.
import asyncio
from asyncio.subprocess import PIPE

WORDS = "pear apple fig apple pear apple kiwi".split()


async def pump(src, dst):
    while True:
        chunk = await src.read(4)
        if not chunk:
            break
        dst.write(chunk)
        await dst.drain()
    dst.close()
    await dst.wait_closed()


async def main():
    gen = await asyncio.create_subprocess_exec("printf", "%s\\n", *WORDS, stdout=PIPE)
    sort = await asyncio.create_subprocess_exec("sort", stdin=PIPE, stdout=PIPE)
    uniq = await asyncio.create_subprocess_exec("uniq", "-c", stdin=PIPE, stdout=PIPE)
    results = await asyncio.gather(
        pump(gen.stdout, sort.stdin),
        pump(sort.stdout, uniq.stdin),
        uniq.stdout.read(),
    )
    for line in results[2].decode().splitlines():
        count, word = line.split()
        print(f"{word:>6} {count}")
    print("codes:", [await p.wait() for p in (gen, sort, uniq)])

    # The same through one shell.
    proc = await asyncio.create_subprocess_shell(
        "printf '%s\\n' " + " ".join(WORDS) + " | sort | uniq -c | sort -rn | head -1",
        stdout=PIPE)
    out, _ = await proc.communicate()
    print("most common:", out.split()[1].decode())


asyncio.run(main())
