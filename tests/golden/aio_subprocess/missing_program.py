# A program that does not exist: FileNotFoundError, as the blocking subprocess raises it.
import asyncio


async def main():
    try:
        await asyncio.create_subprocess_exec("no-such-program-here", "arg")
    except FileNotFoundError as e:
        print("caught:", e.errno, e.strerror, e.filename)
    # The shell starts, and reports the missing command by its exit status.
    proc = await asyncio.create_subprocess_shell("no-such-program-here 2>/dev/null")
    print("shell exit:", await proc.wait())
    for prog in ("./missing.sh", "/tmp"):
        try:
            await asyncio.create_subprocess_exec(prog, stdout=asyncio.subprocess.PIPE)
        except OSError as e:
            print(type(e).__name__, e)


asyncio.run(main())
