# The loop's subprocess methods check their arguments as CPython's do.
import asyncio


async def attempt(label, coro):
    try:
        await coro
    except (ValueError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")


async def main():
    loop = asyncio.get_running_loop()
    proto = asyncio.SubprocessProtocol
    await attempt("text", asyncio.create_subprocess_exec("true", text=True))
    await attempt("encoding", asyncio.create_subprocess_exec("true", encoding="utf-8"))
    await attempt("errors", asyncio.create_subprocess_shell("true", errors="strict"))
    await attempt("bufsize", asyncio.create_subprocess_exec("true", bufsize=1))
    await attempt("universal_newlines",
                  asyncio.create_subprocess_shell("true", universal_newlines=True))
    await attempt("shell on exec", loop.subprocess_exec(proto, "true", shell=True))
    await attempt("no shell", loop.subprocess_shell(proto, "true", shell=False))
    await attempt("cmd list", loop.subprocess_shell(proto, ["true"]))
    proc = await asyncio.create_subprocess_exec("true")
    print("still fine:", await proc.wait())


asyncio.run(main())
