# A child that stops reading its input: communicate() ignores the broken pipe, a direct
# write and drain() report it.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_shell("exit 0", stdin=PIPE, stdout=PIPE)
    out, err = await proc.communicate(b"x" * 1_000_000)
    print("communicate:", out, err, proc.returncode)

    proc = await asyncio.create_subprocess_shell("head -c 5", stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(b"y" * 500_000)
    print("head:", out, proc.returncode)

    proc = await asyncio.create_subprocess_exec("true", stdin=PIPE)
    await proc.wait()
    await asyncio.sleep(0.1)
    try:
        proc.stdin.write(b"z" * 1_000_000)
        await proc.stdin.drain()
    except (BrokenPipeError, ConnectionResetError) as e:
        print("drain:", type(e).__name__)
    print("closing:", proc.stdin.is_closing())


asyncio.run(main())
