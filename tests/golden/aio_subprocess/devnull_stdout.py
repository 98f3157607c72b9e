# DEVNULL and STDOUT: output thrown away, or stderr merged into stdout.
import asyncio
from asyncio.subprocess import DEVNULL, PIPE, STDOUT


async def main():
    proc = await asyncio.create_subprocess_shell("echo out; echo err >&2", stdout=PIPE,
                                                 stderr=STDOUT)
    out, err = await proc.communicate()
    print("merged:", sorted(out.split()), err)

    proc = await asyncio.create_subprocess_shell("echo out; echo err >&2", stdout=DEVNULL,
                                                 stderr=PIPE)
    out, err = await proc.communicate()
    print("stderr only:", out, err)

    proc = await asyncio.create_subprocess_exec("cat", stdin=DEVNULL, stdout=PIPE)
    print("cat of nothing:", await proc.stdout.read(), await proc.wait())
    print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)


asyncio.run(main())
